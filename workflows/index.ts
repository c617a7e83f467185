/** The workflow bundle's entry: every workflow type the worker registers. */
export { conversationWorkflow } from './conversation-workflow';
export { correctionWorkflow } from './correction-workflow';
export { replayCandidateWorkflow } from './learning/replay-candidate-workflow';
export {
  categoryLearningWorkflow,
  weeklyCorrectionLearningWorkflow,
  weeklyEvalLearningWorkflow,
} from './learning/weekly-learning';
export { dailyGoldenEvalWorkflow } from './learning/daily-golden-eval';
