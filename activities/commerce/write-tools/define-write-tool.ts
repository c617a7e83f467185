import type { ActionChoices, WriteToolName } from '../../../workflows/action-types';
import { WRITE_TOOL_ARGS, type WriteToolArgs } from '../../../workflows/write-tool-args';
import {
  WriteToolRefusedError,
  type PolicyApproval,
  type PolicyRefusal,
  type PolicyVerdict,
  type WriteToolContext,
} from './write-tool-context';

/** A policy's plan: its approval plus the change to record. */
export type Planned<Args, Change> = PolicyApproval<Args> & { change: Change };

/** A write tool: its argument schema, its policy, and how an approved change is applied. */
export interface WriteTool<Name extends WriteToolName, Result> {
  argsSchema: (typeof WRITE_TOOL_ARGS)[Name];
  /** Checks the change against the knowledge base's policy with today's data. */
  checkPolicy(ctx: WriteToolContext, args: WriteToolArgs<Name>): Promise<PolicyVerdict<WriteToolArgs<Name>>>;
  /**
   * Re-checks the policy and records the change; throws {@link WriteToolRefusedError} when the
   * policy no longer allows it. `idempotencyKey` (the action id) makes a retried call the same change.
   */
  apply(ctx: WriteToolContext, args: WriteToolArgs<Name>, idempotencyKey: string): Promise<Result>;
  /**
   * The values of the tool's choice field that the policy accepts with the other arguments as
   * proposed (the form offers only these), or null for a tool without a choice field.
   */
  choices(ctx: WriteToolContext, args: WriteToolArgs<Name>): Promise<ActionChoices | null>;
}

/** A form field with a few values to pick from, and the values to try against the policy. */
export interface ChoiceField<Args> {
  field: keyof Args & string;
  candidates(ctx: WriteToolContext): ReadonlyArray<string | number>;
}

/**
 * Builds a write tool from a planner (policy + the change it implies) and a committer (records it),
 * so the policy that approved a proposal is the same code that guards its execution.
 */
export function defineWriteTool<Name extends WriteToolName, Change, Result>(spec: {
  name: Name;
  plan(
    ctx: WriteToolContext,
    args: WriteToolArgs<Name>,
  ): Promise<Planned<WriteToolArgs<Name>, Change> | PolicyRefusal>;
  commit(ctx: WriteToolContext, change: Change, idempotencyKey: string): Promise<Result>;
  choice?: ChoiceField<WriteToolArgs<Name>>;
}): WriteTool<Name, Result> {
  return {
    argsSchema: WRITE_TOOL_ARGS[spec.name],
    async checkPolicy(ctx, args) {
      const planned = await spec.plan(ctx, args);
      return planned.ok ? { ok: true, args: planned.args, detail: planned.detail } : planned;
    },
    async apply(ctx, args, idempotencyKey) {
      const planned = await spec.plan(ctx, args);
      if (!planned.ok) throw new WriteToolRefusedError(planned.code, planned.message);
      return spec.commit(ctx, planned.change, idempotencyKey);
    },
    async choices(ctx, args) {
      const { choice } = spec;
      if (!choice) return null;
      const candidates = choice.candidates(ctx);
      const verdicts = await Promise.all(
        candidates.map((value) => spec.plan(ctx, { ...args, [choice.field]: value })),
      );
      return { [choice.field]: candidates.filter((_, index) => verdicts[index]!.ok) };
    },
  };
}
