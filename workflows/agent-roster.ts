/**
 * Which agents exist and which tools each may call. Pure data, shared by the turn pipeline (in the
 * workflow) and the activities that offer the tools to a model.
 */
import type { AgentName } from '../activities/agents/agent-contract';
import type { WriteToolName } from './action-types';

export const READ_TOOL_NAMES = [
  'track_package',
  'get_order_history',
  'get_box_contents',
  'get_payment_history',
  'get_subscription',
] as const;
export type ReadToolNameOfRoster = (typeof READ_TOOL_NAMES)[number];

/** The write tools: proposed by an agent, executed only after the customer confirms. */
export const WRITE_TOOL_NAMES = [
  'pause_subscription',
  'skip_month',
  'change_frequency',
  'change_address',
  'file_damage_claim',
] as const satisfies readonly WriteToolName[];

export { isWriteToolName } from './write-tool-args';

/** Each agent's typed tool map: its area's reads, and the writes it may propose. */
export const AGENT_TOOLS: Record<AgentName, readonly (ReadToolNameOfRoster | WriteToolName)[]> = {
  shipping: ['track_package', 'get_order_history', 'get_box_contents', 'get_subscription', 'change_address'],
  billing: ['get_payment_history', 'get_subscription', 'get_order_history'],
  retention: [
    'get_subscription',
    'get_payment_history',
    'get_order_history',
    'pause_subscription',
    'skip_month',
    'change_frequency',
  ],
  quality: [
    'get_order_history',
    'get_box_contents',
    'track_package',
    'get_subscription',
    'file_damage_claim',
  ],
  general: ['get_subscription', 'get_order_history', 'track_package', 'get_payment_history'],
  generalist: [...READ_TOOL_NAMES, ...WRITE_TOOL_NAMES],
};

type RosterTool = ReadToolNameOfRoster | WriteToolName;

/**
 * The tools a secondary intent lends the turn's agent, so that "pause for two months and send me
 * the tracking number" or "skip January and change my address" can be answered in full by the
 * specialist of the first request: the router found the second, and the agent decides whether the
 * message really asks for it.
 */
export const INTENT_TOOLS: Readonly<Partial<Record<string, readonly RosterTool[]>>> = {
  shipping_tracking: ['track_package'],
  address_change: ['get_subscription', 'change_address'],
  subscription_skip: ['get_subscription', 'skip_month'],
  subscription_pause: ['get_subscription', 'pause_subscription'],
};

/** The tools of a turn: the agent's own, then those its secondary intents lend it. */
export function toolsForTurn(agent: AgentName, secondaryIntents: readonly string[]): RosterTool[] {
  const tools: RosterTool[] = [...AGENT_TOOLS[agent]];
  for (const intent of secondaryIntents) {
    for (const tool of INTENT_TOOLS[intent] ?? []) if (!tools.includes(tool)) tools.push(tool);
  }
  return tools;
}
