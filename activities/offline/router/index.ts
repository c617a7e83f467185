export { classifyMessage } from './classify-message';
export { CATEGORY_IDS, isCategoryId } from './categories';
export type { CategoryId } from './categories';
export type {
  ClassifyOptions,
  RouterExtracted,
  RouterFrequency,
  RouterLanguage,
  RouterOutput,
  RouterSentiment,
} from './types';
