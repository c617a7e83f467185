import {
  ScheduleAlreadyRunning,
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleOptions,
  type ScheduleOptionsStartWorkflowAction,
} from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import type { AppConfig } from '../config/config';
import { dailyGoldenEvalWorkflow } from '../workflows/learning/daily-golden-eval';
import {
  weeklyCorrectionLearningWorkflow,
  weeklyEvalLearningWorkflow,
} from '../workflows/learning/weekly-learning';

/** The stable ids of the learning schedules (what `temporal schedule list` and the Web UI show). */
export const SCHEDULE_IDS = {
  evalLearning: 'kesher-weekly-eval-learning',
  correctionLearning: 'kesher-weekly-correction-learning',
  goldenEval: 'kesher-daily-golden-eval',
} as const;

/** One schedule as Kesher wants it. */
export interface LearningSchedule {
  scheduleId: string;
  workflowType: Workflow;
  cron: string;
  summary: string;
}

/** What start-up did to a schedule. */
export interface ScheduleOutcome {
  scheduleId: string;
  outcome: 'created' | 'updated';
}

/** A run missed while Temporal or the workers were down is still started within this window. */
const CATCHUP_WINDOW = '1 day';

/** The learning schedules of SYSTEM.md §2 and §7, from configuration. */
export function learningSchedules(config: AppConfig): LearningSchedule[] {
  return [
    {
      scheduleId: SCHEDULE_IDS.evalLearning,
      workflowType: weeklyEvalLearningWorkflow,
      cron: config.schedules.evalLearningCron,
      summary: 'Weekly eval-driven learning: QA failure patterns → instruction suggestions',
    },
    {
      scheduleId: SCHEDULE_IDS.correctionLearning,
      workflowType: weeklyCorrectionLearningWorkflow,
      cron: config.schedules.correctionLearningCron,
      summary: 'Weekly correction learning: human correction patterns → instruction suggestions',
    },
    {
      scheduleId: SCHEDULE_IDS.goldenEval,
      workflowType: dailyGoldenEvalWorkflow,
      cron: config.schedules.goldenEvalCron,
      summary: 'Daily golden evaluation against the baseline',
    },
  ];
}

/**
 * Creates the learning schedules, or brings existing ones up to date with configuration (cron,
 * time zone, task queue) without duplicating them: Temporal refuses a second schedule with the
 * same id (`ScheduleAlreadyRunning`), and then the existing one is updated in place. A schedule an
 * operator paused stays paused.
 */
export async function ensureLearningSchedules(client: Client, config: AppConfig): Promise<ScheduleOutcome[]> {
  const outcomes: ScheduleOutcome[] = [];
  for (const schedule of learningSchedules(config)) {
    const options = scheduleOptions(schedule, config);
    try {
      await client.schedule.create(options);
      outcomes.push({ scheduleId: schedule.scheduleId, outcome: 'created' });
      continue;
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw scheduleError(schedule, error);
    }
    try {
      await client.schedule.getHandle(schedule.scheduleId).update((previous) => ({
        spec: options.spec,
        action: options.action,
        policies: options.policies,
        state: { paused: previous.state.paused, note: previous.state.note },
      }));
    } catch (error) {
      throw scheduleError(schedule, error);
    }
    outcomes.push({ scheduleId: schedule.scheduleId, outcome: 'updated' });
  }
  return outcomes;
}

function scheduleOptions(
  schedule: LearningSchedule,
  config: AppConfig,
): ScheduleOptions<ScheduleOptionsStartWorkflowAction<Workflow>> {
  return {
    scheduleId: schedule.scheduleId,
    spec: { cronExpressions: [schedule.cron], timezone: config.calendar.timeZone },
    action: {
      type: 'startWorkflow',
      workflowType: schedule.workflowType,
      taskQueue: config.temporal.taskQueue,
      // Temporal appends the scheduled time, so each run has its own id.
      workflowId: schedule.scheduleId,
      args: [{}],
      staticSummary: schedule.summary,
    },
    // A slow run is not overlapped by the next one.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: CATCHUP_WINDOW },
  };
}

function scheduleError(schedule: LearningSchedule, error: unknown): Error {
  return new Error(
    `could not create or update the schedule ${schedule.scheduleId} (${schedule.cron}): ${(error as Error).message}`,
    { cause: error },
  );
}
