import type { FewShotExample, MemoryItem } from './agent-contract';

/** The instructions an agent runs with, and their version (recorded with each reply). */
export interface DeployedInstructions {
  version: number;
  content: string;
}

/**
 * What the learning side supplies to each turn: the customer's memory, the category's best recent
 * corrections as examples, and the deployed instruction version (or, for a replay, a candidate
 * version). An interface, so the turn does not depend on how learning stores them.
 */
export interface AgentSources {
  memoryFor(customerId: string): Promise<MemoryItem[]>;
  fewShotFor(category: string): Promise<FewShotExample[]>;
  /** The deployed instructions; with `version`, that version whatever its status (unknown: throws). */
  instructionsFor(category: string, agent: string, version?: number): Promise<DeployedInstructions>;
}
