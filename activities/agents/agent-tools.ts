import { z } from 'zod';
import { readToolSpecs } from '../commerce/read-tools';
import type { ToolSpec } from '../llm';
import { WRITE_TOOL_ARGS } from '../../workflows/write-tool-args';
import { AGENT_TOOLS, WRITE_TOOL_NAMES } from '../../workflows/agent-roster';
import type { AgentName, WriteToolName } from './agent-contract';

const WRITE_DESCRIPTIONS: Record<WriteToolName, string> = {
  pause_subscription:
    'Propose pausing the subscription for a number of months. Runs only after the customer confirms in a form.',
  skip_month:
    'Propose skipping one box month (YYYY-MM): no box and no charge that month. Runs only after the customer confirms.',
  change_frequency:
    'Propose changing how often boxes come (monthly, bimonthly, quarterly). Runs only after the customer confirms.',
  change_address:
    'Propose a new shipping address (ISO country code, e.g. GB). Runs only after the customer confirms in a form.',
  file_damage_claim:
    'Propose filing a damage claim for an order (description, items, photos). Runs only after the customer confirms.',
};

/** Every tool's spec, built once: JSON Schema conversion is not work for each model step. */
const SPECS: ReadonlyMap<string, ToolSpec> = new Map<string, ToolSpec>([
  ...readToolSpecs().map((spec): [string, ToolSpec] => [spec.name, spec]),
  ...WRITE_TOOL_NAMES.map((name): [string, ToolSpec] => [
    name,
    {
      name,
      description: WRITE_DESCRIPTIONS[name],
      parameters: z.toJSONSchema(WRITE_TOOL_ARGS[name], { io: 'input', unrepresentable: 'any' }) as Record<
        string,
        unknown
      >,
    },
  ]),
]);

/** The tool specs an agent's model is offered: the turn's tools when given, else all of the agent's. */
export function toolSpecsFor(agent: AgentName, allowed?: readonly string[]): ToolSpec[] {
  return (allowed ?? AGENT_TOOLS[agent]).flatMap((name) => SPECS.get(name) ?? []);
}
