import type { InboxDelivery } from '../../activities/repos/webhook-deliveries-repo';
import type { AppContext } from '../app-context';
import { startCorrectionWorkflow, type CorrectionInstruction } from '../learning/start-correction';
import { dispatchInstruction, type ConversationInstruction } from '../routes/chatwoot-webhook';

/** What a delivery stored in the inbox asks for: its conversation's part, or a correction check. */
export type InboxInstruction = ConversationInstruction | CorrectionInstruction;

/**
 * The inbox's forward step: hands a stored delivery to Temporal. A correction check that already
 * runs (the same message delivered twice) counts as forwarded.
 */
export async function forwardDelivery(
  ctx: Pick<AppContext, 'temporal' | 'config'>,
  delivery: InboxDelivery,
): Promise<void> {
  const instruction = delivery.instruction as unknown as InboxInstruction;
  if (instruction.action === 'start_correction') {
    await startCorrectionWorkflow(ctx, instruction.trigger);
    return;
  }
  await dispatchInstruction(ctx, instruction, delivery.workflowId);
}
