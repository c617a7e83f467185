import type { Phrasebook } from '../types';
import { account, billing, refund, shipping } from './account';
import { common, general, issues, lessons, plan } from './common';
import { products, quality, retention } from './service';

/** The Hebrew phrasebook. */
export const HE_PHRASES: Phrasebook = {
  common,
  plan,
  issues,
  lessons,
  general,
  shipping,
  account,
  billing,
  refund,
  retention,
  quality,
  products,
};
