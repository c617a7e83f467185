/** The workflow bundle's entry: every workflow type the worker registers. */
export { conversationWorkflow } from './conversation-workflow';
export { correctionWorkflow } from './correction-workflow';
