import type { Kysely } from 'kysely';
import type { Database, EvalRun, InstructionVersion } from '../../schema/tables';
import { LearningConflictError } from '../learning/learning-errors';
import { deployedBetween } from '../repos/instruction-deployments-repo';
import { rollbackInstructions } from '../repos/instructions-repo';
import type { RolledBackVersion } from './golden-eval-types';

/**
 * Versions still deployed that were deployed after the baseline started and before the run did,
 * except the baseline's own version deployed again (an earlier rollback), which changed nothing.
 */
export async function deployedSinceBaseline(
  db: Kysely<Database>,
  runs: { baseline: EvalRun; run: EvalRun },
): Promise<InstructionVersion[]> {
  const versions = await deployedBetween(db, { after: runs.baseline.started_at, until: runs.run.started_at });
  return versions.filter(
    (version) => runs.baseline.instruction_versions[version.category] !== version.version,
  );
}

/**
 * Rolls back what changed between the baseline and a regressed run: every category whose
 * deployed version was deployed after the baseline started and before the run started goes back
 * to the version the baseline ran with (or, when the baseline did not record one, to the version
 * deployed before it), through the same rollback as the operator API.
 *
 * Idempotent: a rolled-back version is no longer deployed, and the version deployed again is the
 * baseline's (or was deployed after the run started), so a retried call finds nothing more to do.
 */
export async function rollBackSince(
  db: Kysely<Database>,
  runs: { baseline: EvalRun; run: EvalRun },
): Promise<RolledBackVersion[]> {
  const rolledBack: RolledBackVersion[] = [];
  for (const suspect of await deployedSinceBaseline(db, runs)) {
    try {
      const result = await rollbackInstructions(
        db,
        suspect.category,
        runs.baseline.instruction_versions[suspect.category],
      );
      rolledBack.push({
        category: suspect.category,
        from: result.rolledBack.version,
        to: result.deployed.version,
      });
    } catch (error) {
      // Nothing earlier to go back to (the category's first version): it stays, and the alert says so.
      if (!(error instanceof LearningConflictError)) throw error;
    }
  }
  return rolledBack;
}
