import type { Kysely } from 'kysely';
import type { Database, EvalResult, EvalRun, EvalRunType, JsonObject } from '../../schema/tables';
import { LearningConflictError, LearningNotFoundError } from '../learning/learning-errors';

/** A run to open. */
export interface NewEvalRunInput {
  runType: EvalRunType;
  /** The workflow that runs it: a retried start finds its run instead of opening a second one. */
  workflowId: string;
  category?: string | null;
  dataset?: string | null;
  sampleSize?: number | null;
  instructionVersions?: Record<string, number>;
  metrics?: JsonObject;
}

/** Opens a run once per workflow and run type; returns the stored run. */
export async function openEvalRun(db: Kysely<Database>, input: NewEvalRunInput): Promise<EvalRun> {
  const existing = await db
    .selectFrom('eval_runs')
    .selectAll()
    .where('workflow_id', '=', input.workflowId)
    .where('run_type', '=', input.runType)
    .executeTakeFirst();
  if (existing) return existing;
  return db
    .insertInto('eval_runs')
    .values({
      run_type: input.runType,
      workflow_id: input.workflowId,
      category: input.category ?? null,
      dataset: input.dataset ?? null,
      sample_size: input.sampleSize ?? null,
      instruction_versions: JSON.stringify(input.instructionVersions ?? {}),
      metrics: JSON.stringify(input.metrics ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One run, or a not-found error. */
export async function getEvalRun(db: Kysely<Database>, id: number): Promise<EvalRun> {
  const run = await db.selectFrom('eval_runs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!run) throw new LearningNotFoundError('eval run', id);
  return run;
}

/** Closes a run as completed with its figures (and, for golden runs, whether it regressed). */
export async function completeEvalRun(
  db: Kysely<Database>,
  id: number,
  result: { metrics: JsonObject; regression?: boolean | null; sampleSize?: number },
): Promise<EvalRun> {
  return db
    .updateTable('eval_runs')
    .set({
      status: 'completed',
      metrics: JSON.stringify(result.metrics),
      regression: result.regression ?? null,
      ...(result.sampleSize === undefined ? {} : { sample_size: result.sampleSize }),
      completed_at: new Date(),
      error: null,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Closes a run as failed, keeping the reason. */
export async function failEvalRun(db: Kysely<Database>, id: number, error: string): Promise<void> {
  await db
    .updateTable('eval_runs')
    .set({ status: 'failed', error: error.slice(0, 2000), completed_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** The baseline of a run type over every category, or null. */
export async function findBaseline(db: Kysely<Database>, runType: EvalRunType): Promise<EvalRun | null> {
  return (
    (await db
      .selectFrom('eval_runs')
      .selectAll()
      .where('run_type', '=', runType)
      .where('category', 'is', null)
      .where('is_baseline', '=', true)
      .executeTakeFirst()) ?? null
  );
}

/**
 * Makes a completed run the baseline of its run type (and category); the previous baseline stops
 * being one in the same transaction, so there is never more than one.
 */
export async function markBaseline(db: Kysely<Database>, id: number): Promise<EvalRun> {
  return db.transaction().execute(async (trx) => {
    const run = await trx
      .selectFrom('eval_runs')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!run) throw new LearningNotFoundError('eval run', id);
    if (run.status !== 'completed') {
      throw new LearningConflictError(
        'eval run',
        id,
        `is ${run.status}; only a completed run can be the baseline`,
      );
    }
    let previous = trx
      .updateTable('eval_runs')
      .set({ is_baseline: false })
      .where('run_type', '=', run.run_type)
      .where('is_baseline', '=', true)
      .where('id', '!=', id);
    previous =
      run.category === null
        ? previous.where('category', 'is', null)
        : previous.where('category', '=', run.category);
    await previous.execute();
    return trx
      .updateTable('eval_runs')
      .set({ is_baseline: true })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** Evaluation runs, newest first. */
export async function listEvalRuns(
  db: Kysely<Database>,
  filter: { runType?: EvalRunType; limit?: number } = {},
): Promise<EvalRun[]> {
  let query = db
    .selectFrom('eval_runs')
    .selectAll()
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 50);
  if (filter.runType) query = query.where('run_type', '=', filter.runType);
  return query.execute();
}

/** One case's outcome. */
export interface EvalResultInput {
  runId: number;
  caseId: string;
  category: string | null;
  predictedCategory: string | null;
  passed: boolean;
  scores: JsonObject;
  details: JsonObject;
}

/** Stores a case's outcome once per run (a retried batch overwrites its own earlier attempt). */
export async function saveEvalResult(db: Kysely<Database>, input: EvalResultInput): Promise<void> {
  const values = {
    category: input.category,
    predicted_category: input.predictedCategory,
    passed: input.passed,
    scores: JSON.stringify(input.scores),
    details: JSON.stringify(input.details),
  };
  await db
    .insertInto('eval_results')
    .values({ run_id: input.runId, case_id: input.caseId, ...values })
    .onConflict((oc) => oc.columns(['run_id', 'case_id']).doUpdateSet(values))
    .execute();
}

/** The cases of a run already stored (a resumed batch skips them). */
export async function storedCaseIds(db: Kysely<Database>, runId: number): Promise<Set<string>> {
  const rows = await db.selectFrom('eval_results').select('case_id').where('run_id', '=', runId).execute();
  return new Set(rows.map((row) => row.case_id));
}

/** Every result of a run, in case order. */
export async function evalResultsOf(db: Kysely<Database>, runId: number): Promise<EvalResult[]> {
  return db.selectFrom('eval_results').selectAll().where('run_id', '=', runId).orderBy('case_id').execute();
}
