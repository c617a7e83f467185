/**
 * The offline model of the `agent.step` task: on each step, either the tool calls the category still
 * needs (read tools, then at most one write proposal) or the reply text. Deterministic for a task.
 */
import type { AgentStepResult } from '../../agents/agent-contract';
import { agentContext } from './agent-context';
import { composeReply } from './compose/compose-reply';
import { resolveRequest, type ToolRequest } from './decisions/tool-request';
import { plannedCalls } from './plan/plan-tools';
import { refineDraft } from './refine';
import type { OfflineAgentTask } from './task-schemas';
import { argsKey } from './tool-results';
import { WRITE_TOOL_NAMES } from '../../agents/agent-contract';

/** Calls per turn the agent plans at most (the pipeline's loop allows 4 steps; the last writes). */
const MAX_CALLS = 6;
const WRITES = new Set<string>(WRITE_TOOL_NAMES);

/**
 * The calls not made yet that this agent may make (the pipeline offers no tools on the last step).
 * Writes are proposed in one step: the first gets the form, the pipeline queues the others behind it.
 */
function newCalls(
  task: OfflineAgentTask,
  planned: ToolRequest[],
  made: (c: ToolRequest) => boolean,
): ToolRequest[] {
  const allowed = (name: string): boolean => task.tools.includes(name);
  const proposedAlready = task.toolResults.some((r) => WRITES.has(r.name));
  const fresh = planned
    .map((request) => resolveRequest(request, allowed))
    .filter((c): c is ToolRequest => c !== null && !made(c));
  const unique = fresh.filter(
    (c, i) => fresh.findIndex((o) => o.name === c.name && argsKey(o.args) === argsKey(c.args)) === i,
  );
  const writes = unique.filter((c) => WRITES.has(c.name));
  const reads = unique.filter((c) => !WRITES.has(c.name));
  return [...reads, ...(proposedAlready ? [] : writes)];
}

/** One agent step. */
export function agentStep(task: OfflineAgentTask): AgentStepResult {
  const ctx = agentContext(task);
  if (task.refinement) return { text: refineDraft(ctx, task.refinement), toolCalls: [] };
  if (task.toolResults.length < MAX_CALLS) {
    const calls = newCalls(task, plannedCalls(ctx), (c) => ctx.results.called(c.name, c.args));
    if (calls.length > 0) {
      const offset = task.toolResults.length;
      return {
        text: '',
        toolCalls: calls.map((c, i) => ({
          id: `call_${c.name}_${offset + i + 1}`,
          name: c.name,
          arguments: c.args,
        })),
      };
    }
  }
  return { text: composeReply(ctx), toolCalls: [] };
}
