import type { SpecialistName } from '../agent-contract';
import { BILLING_ROLE } from './billing';
import { GENERAL_ROLE } from './general';
import { GENERALIST_ROLE } from './generalist';
import { QUALITY_ROLE } from './quality';
import { RETENTION_ROLE } from './retention';
import { SHARED_RULES, COMPANY } from './shared-sections';
import { SHIPPING_ROLE } from './shipping';

/** An agent's full instructions: the company, its role, policies and tools, then the shared rules. */
function compose(role: string): string {
  return [COMPANY, role, ...SHARED_RULES].join('\n\n');
}

/** The shipped instructions of each specialist (version 1 of their categories). */
export const SPECIALIST_INSTRUCTIONS: Readonly<Record<SpecialistName, string>> = {
  billing: compose(BILLING_ROLE),
  shipping: compose(SHIPPING_ROLE),
  retention: compose(RETENTION_ROLE),
  quality: compose(QUALITY_ROLE),
  general: compose(GENERAL_ROLE),
};

/** The shipped instructions of the single generalist agent (the A/B arm). */
export const GENERALIST_INSTRUCTIONS: string = compose(GENERALIST_ROLE);

/** The instruction key of the generalist in `instruction_versions.category`. */
export const GENERALIST_KEY = 'generalist';

/** Whether a name is one of the specialists. */
export function isSpecialistName(name: string): name is SpecialistName {
  return Object.hasOwn(SPECIALIST_INSTRUCTIONS, name);
}

/** The shipped instructions of an agent; an unknown agent gets the general ones. */
export function shippedInstructions(agent: string): string {
  if (agent === GENERALIST_KEY) return GENERALIST_INSTRUCTIONS;
  return isSpecialistName(agent) ? SPECIALIST_INSTRUCTIONS[agent] : SPECIALIST_INSTRUCTIONS.general;
}
