import type { ActionChoices, WriteToolName } from '../../../workflows/action-types';
import type { WriteToolArgs } from '../../../workflows/write-tool-args';
import { changeAddressTool } from './change-address';
import { changeFrequencyTool } from './change-frequency';
import type { WriteTool } from './define-write-tool';
import { fileDamageClaimTool } from './file-damage-claim';
import { pauseSubscriptionTool } from './pause-subscription';
import { skipMonthTool } from './skip-month';
import type { PolicyVerdict, WriteToolContext } from './write-tool-context';

export type { WriteTool } from './define-write-tool';
export type { PolicyRefusal, PolicyVerdict, WriteToolContext } from './write-tool-context';
export { WriteToolRefusedError } from './write-tool-context';
export type { PauseResult } from './pause-subscription';
export type { SkipResult } from './skip-month';
export type { FrequencyResult } from './change-frequency';
export type { AddressResult } from './change-address';
export type { DamageClaimResult } from './file-damage-claim';

/**
 * The write tools, by the name the model proposes them with. None runs without the customer's
 * approval: the action activities call `checkPolicy` on a proposal and `apply` after approval.
 */
export const WRITE_TOOLS = {
  pause_subscription: pauseSubscriptionTool,
  skip_month: skipMonthTool,
  change_frequency: changeFrequencyTool,
  change_address: changeAddressTool,
  file_damage_claim: fileDamageClaimTool,
} as const satisfies { [Name in WriteToolName]: WriteTool<Name, unknown> };

/** What a write tool's `apply` returns. */
export type WriteToolResult<Name extends WriteToolName> = Awaited<
  ReturnType<(typeof WRITE_TOOLS)[Name]['apply']>
>;

/** Checks a write tool's policy (dispatch through the typed map, never an if-chain). */
export function checkWritePolicy<Name extends WriteToolName>(
  name: Name,
  ctx: WriteToolContext,
  args: WriteToolArgs<Name>,
): Promise<PolicyVerdict<WriteToolArgs<Name>>> {
  return (WRITE_TOOLS[name] as unknown as WriteTool<Name, unknown>).checkPolicy(ctx, args);
}

/** The form's choices the policy accepts with the other arguments as approved (null: no choice field). */
export function writeToolChoices<Name extends WriteToolName>(
  name: Name,
  ctx: WriteToolContext,
  args: WriteToolArgs<Name>,
): Promise<ActionChoices | null> {
  return (WRITE_TOOLS[name] as unknown as WriteTool<Name, unknown>).choices(ctx, args);
}

/** Applies an approved change (re-checking the policy first). */
export function applyWriteTool<Name extends WriteToolName>(
  name: Name,
  ctx: WriteToolContext,
  args: WriteToolArgs<Name>,
  idempotencyKey: string,
): Promise<WriteToolResult<Name>> {
  return (WRITE_TOOLS[name] as unknown as WriteTool<Name, WriteToolResult<Name>>).apply(
    ctx,
    args,
    idempotencyKey,
  );
}
