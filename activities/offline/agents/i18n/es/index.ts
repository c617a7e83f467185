import type { Phrasebook } from '../types';
import { account, billing, refund, shipping } from './account';
import { common, general, issues, lessons, plan } from './common';
import { products, quality, retention } from './service';

/** The Spanish phrasebook. */
export const ES_PHRASES: Phrasebook = {
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
