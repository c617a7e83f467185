import { defineOfflineHandler, type OfflineHandlers } from '../../llm';
import { classifyCorrection } from '../../learning/corrections/classify-correction';
import { classifyTaskSchema } from '../../learning/corrections/correction-types';
import { suggestInstructions } from '../../learning/instructions/suggest-instructions';
import { suggestTaskSchema } from '../../learning/instructions/suggestion-types';
import { proposeFacts } from '../../learning/learned-knowledge/propose-facts';
import { knowledgeProposeTaskSchema } from '../../learning/learned-knowledge/knowledge-types';
import { extractMemory } from '../../learning/memory/extract-memory';
import { memoryExtractTaskSchema } from '../../learning/memory/memory-types';

/**
 * The offline provider's "models" for the learning tasks: rule-based, multilingual logic over the
 * task's structured input (the same facts a network model reads in its prompt).
 * - `memory.extract`: profile facts and typed memories from what the customer wrote;
 * - `knowledge.propose`: general facts from a human agent's answers;
 * - `correction.classify`: the class, specific issue, key changes and quality of a correction;
 * - `learning.suggest_instructions`: a guideline per recurring QA finding or correction pattern.
 */
export function learningOfflineHandlers(): OfflineHandlers {
  return {
    'memory.extract': defineOfflineHandler(memoryExtractTaskSchema, (input) => ({
      json: extractMemory(input),
    })),
    'knowledge.propose': defineOfflineHandler(knowledgeProposeTaskSchema, (input) => ({
      json: proposeFacts(input),
    })),
    'correction.classify': defineOfflineHandler(classifyTaskSchema, (input) => ({
      json: classifyCorrection(input),
    })),
    'learning.suggest_instructions': defineOfflineHandler(suggestTaskSchema, (input) => ({
      json: suggestInstructions(input),
    })),
  };
}
