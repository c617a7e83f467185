import { account, billing, refund, shipping } from './account';
import { common, general, issues, lessons, plan } from './common';
import { products, quality, retention } from './service';

/** The English phrasebook: the reference every language follows. */
export const EN_PHRASES = {
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
