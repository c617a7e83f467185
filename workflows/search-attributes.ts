import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Custom search attributes operators filter runs by in the Web UI. The dev server registers them
 * at start (workers/search-attributes.ts lists the same names and types).
 */
export const CustomerEmailKey = defineSearchAttributeKey('CustomerEmail', SearchAttributeType.KEYWORD);
export const CategoryKey = defineSearchAttributeKey('Category', SearchAttributeType.KEYWORD);
export const SentimentKey = defineSearchAttributeKey('Sentiment', SearchAttributeType.KEYWORD);
export const ConversationStatusKey = defineSearchAttributeKey(
  'ConversationStatus',
  SearchAttributeType.KEYWORD,
);
export const SpecialistKey = defineSearchAttributeKey('Specialist', SearchAttributeType.KEYWORD);
export const EscalatedKey = defineSearchAttributeKey('Escalated', SearchAttributeType.BOOL);
export const ChannelKey = defineSearchAttributeKey('Channel', SearchAttributeType.KEYWORD);
export const ExperimentArmKey = defineSearchAttributeKey('ExperimentArm', SearchAttributeType.KEYWORD);
