/**
 * Replay runs (`eval_runs` with run type 'replay') by category and candidate version, and their
 * per-turn results in the order they were stored. Opening, completing and failing a run go
 * through eval-runs-repo.ts like every other evaluation run.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, EvalResult, EvalRun } from '../../schema/tables';

/** The candidate version a replay run tried (`instruction_versions` holds category → version). */
const candidateVersion = (category: string) => sql<string>`instruction_versions ->> ${category}`;

/** The latest completed replay of one version of a category, or null. */
export async function latestCompletedReplay(
  db: Kysely<Database>,
  category: string,
  version: number,
): Promise<EvalRun | null> {
  const row = await db
    .selectFrom('eval_runs')
    .selectAll()
    .where('run_type', '=', 'replay')
    .where('category', '=', category)
    .where('status', '=', 'completed')
    .where(candidateVersion(category), '=', String(version))
    .orderBy('completed_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ?? null;
}

/** Replay runs of a category (of one version, when given), newest first. */
export async function replayRuns(
  db: Kysely<Database>,
  category: string,
  options: { version?: number; limit?: number } = {},
): Promise<EvalRun[]> {
  let query = db
    .selectFrom('eval_runs')
    .selectAll()
    .where('run_type', '=', 'replay')
    .where('category', '=', category)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit ?? 50);
  if (options.version !== undefined) {
    query = query.where(candidateVersion(category), '=', String(options.version));
  }
  return query.execute();
}

/** One replay run, or null (another run type's id is not a replay). */
export async function findReplayRun(db: Kysely<Database>, runId: number): Promise<EvalRun | null> {
  const row = await db
    .selectFrom('eval_runs')
    .selectAll()
    .where('id', '=', runId)
    .where('run_type', '=', 'replay')
    .executeTakeFirst();
  return row ?? null;
}

/** A run's results in the order the replay stored them (its turns, newest first). */
export async function replayResults(db: Kysely<Database>, runId: number): Promise<EvalResult[]> {
  return db.selectFrom('eval_results').selectAll().where('run_id', '=', runId).orderBy('id').execute();
}
