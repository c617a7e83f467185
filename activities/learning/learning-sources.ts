import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import type { FewShotExample, MemoryItem } from '../agents/agent-contract';
import type { AgentSources, DeployedInstructions } from '../agents/agent-sources';
import { shippedInstructions } from '../agents/instructions';
import { findCustomerMemory } from '../repos/customer-memory-repo';
import { bestRecentCorrections } from '../repos/corrections-repo';
import { getDeployedInstructions, getVersion } from '../repos/instructions-repo';

/** How many corrections a specialist sees as examples, and how far back they may be. */
export const FEW_SHOT_LIMIT = 5;
export const FEW_SHOT_DAYS = 30;

/**
 * The learning side as the turn's `AgentSources`: the customer's typed memories (most confident
 * first), the category's best recent corrections as examples, and the deployed instruction
 * version (the shipped text as version 0 until one is deployed), or a candidate version by number.
 */
export function createLearningSources(db: Kysely<Database>, options: { today: () => string }): AgentSources {
  return {
    async memoryFor(customerId: string): Promise<MemoryItem[]> {
      const stored = await findCustomerMemory(db, customerId);
      if (!stored) return [];
      return [...stored.memories]
        .sort((a, b) => b.confidence - a.confidence || b.updatedAt.getTime() - a.updatedAt.getTime())
        .map((memory) => ({ type: memory.type, content: memory.content }));
    },

    async fewShotFor(category: string): Promise<FewShotExample[]> {
      return bestRecentCorrections(db, {
        category,
        today: options.today(),
        limit: FEW_SHOT_LIMIT,
        days: FEW_SHOT_DAYS,
      });
    },

    async instructionsFor(category: string, agent: string, version?: number): Promise<DeployedInstructions> {
      // The generalist's instructions are versioned under their own key, whatever the category.
      const key = agent === 'generalist' ? 'generalist' : category;
      if (version !== undefined) {
        const row = await getVersion(db, key, version);
        return { version: row.version, content: row.content };
      }
      return (await getDeployedInstructions(db, key)) ?? { version: 0, content: shippedInstructions(agent) };
    },
  };
}
