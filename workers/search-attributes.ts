import { SearchAttributeType, defineSearchAttributeKey } from '@temporalio/common';

/** A search attribute type as the Temporal CLI spells it (`--search-attribute Name=Type`). */
export type CliSearchAttributeType =
  'Text' | 'Keyword' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList';

/** One custom search attribute Kesher registers on its namespace. */
export interface SearchAttributeSpec {
  readonly name: string;
  readonly type: CliSearchAttributeType;
}

/**
 * The custom search attributes operators filter conversation runs by in the Web UI. Every
 * environment registers exactly these: the dev server, a configured cluster, and the compose stack
 * (`temporal-compose.yml` repeats the list because it cannot import TypeScript).
 */
export const KESHER_SEARCH_ATTRIBUTES = [
  { name: 'CustomerEmail', type: 'Keyword' },
  { name: 'Category', type: 'Keyword' },
  { name: 'Sentiment', type: 'Keyword' },
  { name: 'ConversationStatus', type: 'Keyword' },
  { name: 'Specialist', type: 'Keyword' },
  { name: 'Escalated', type: 'Bool' },
  { name: 'Channel', type: 'Keyword' },
  { name: 'ExperimentArm', type: 'Keyword' },
] as const satisfies readonly SearchAttributeSpec[];

/** A typed SDK search attribute key (the SDK does not export the interface from its index). */
export type SdkSearchAttributeKey = ReturnType<typeof defineSearchAttributeKey<SearchAttributeType>>;

/** The name of one of Kesher's custom search attributes. */
export type KesherSearchAttributeName = (typeof KESHER_SEARCH_ATTRIBUTES)[number]['name'];

const SDK_TYPES: Record<CliSearchAttributeType, SearchAttributeType> = {
  Text: SearchAttributeType.TEXT,
  Keyword: SearchAttributeType.KEYWORD,
  Int: SearchAttributeType.INT,
  Double: SearchAttributeType.DOUBLE,
  Bool: SearchAttributeType.BOOL,
  Datetime: SearchAttributeType.DATETIME,
  KeywordList: SearchAttributeType.KEYWORD_LIST,
};

/**
 * `temporal.api.enums.v1.IndexedValueType` values, as the operator service speaks them. Spelled out
 * here because the SDK does not export its encoder and the wire values are frozen by the protocol.
 */
const INDEXED_VALUE_TYPES: Record<CliSearchAttributeType, number> = {
  Text: 1,
  Keyword: 2,
  Int: 3,
  Double: 4,
  Bool: 5,
  Datetime: 6,
  KeywordList: 7,
};

/** `--search-attribute Name=Type` pairs for `temporal server start-dev`. */
export function searchAttributeCliArgs(
  specs: readonly SearchAttributeSpec[] = KESHER_SEARCH_ATTRIBUTES,
): string[] {
  return specs.flatMap((spec) => ['--search-attribute', `${spec.name}=${spec.type}`]);
}

/** The attribute's wire type for `operatorService.addSearchAttributes`. */
export function indexedValueType(type: CliSearchAttributeType): number {
  return INDEXED_VALUE_TYPES[type];
}

/** Typed SDK keys, for APIs that take `SearchAttributeKey`s (e.g. the SDK's ephemeral dev server). */
export function searchAttributeKeys(
  specs: readonly SearchAttributeSpec[] = KESHER_SEARCH_ATTRIBUTES,
): SdkSearchAttributeKey[] {
  return specs.map((spec) => defineSearchAttributeKey(spec.name, SDK_TYPES[spec.type]));
}
