import type { Client } from '@temporalio/client';
import { percentile } from './stats';

/** Where a conversation's turns spent their time, read from its workflow history. */
export interface HopBreakdown {
  /** Workflow tasks and activity tasks in the history. */
  workflowTasks: number;
  activityTasks: number;
  /**
   * Local activities (one marker each), and the bytes of all their markers' payloads (each
   * activity's result and its marker data).
   */
  localActivities: number;
  markerBytes: number;
  /** p50 in ms of each leg, over every task of the run. */
  wftScheduleToStart: number;
  wftStartToComplete: number;
  activityScheduleToStart: number;
  activityStartToComplete: number;
}

const millis = (time: { seconds?: unknown; nanos?: number | null } | null | undefined): number =>
  Number(time?.seconds ?? 0) * 1000 + (time?.nanos ?? 0) / 1e6;

/**
 * Reads one workflow's history and splits every task into its legs. Schedule-to-start is the time
 * Temporal takes to hand a task to the worker's poll (server side: transfer queue and matching);
 * start-to-complete is the worker's processing plus the round trip that reports it.
 */
export async function hopBreakdown(client: Client, workflowId: string): Promise<HopBreakdown> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const at = new Map<number, number>();
  const legs = {
    wftSched: [] as number[],
    wftRun: [] as number[],
    actSched: [] as number[],
    actRun: [] as number[],
  };
  let localActivities = 0;
  let markerBytes = 0;
  for (const event of history.events ?? []) {
    const marker = event.markerRecordedEventAttributes;
    if (marker) {
      localActivities += 1;
      for (const payloads of Object.values(marker.details ?? {})) {
        for (const payload of payloads.payloads ?? []) markerBytes += payload.data?.length ?? 0;
      }
    }
    const time = millis(event.eventTime);
    at.set(Number(event.eventId), time);
    const since = (id: unknown): number => time - (at.get(Number(id)) ?? time);
    if (event.workflowTaskStartedEventAttributes)
      legs.wftSched.push(since(event.workflowTaskStartedEventAttributes.scheduledEventId));
    if (event.workflowTaskCompletedEventAttributes)
      legs.wftRun.push(since(event.workflowTaskCompletedEventAttributes.startedEventId));
    if (event.activityTaskStartedEventAttributes)
      legs.actSched.push(since(event.activityTaskStartedEventAttributes.scheduledEventId));
    if (event.activityTaskCompletedEventAttributes)
      legs.actRun.push(since(event.activityTaskCompletedEventAttributes.startedEventId));
  }
  return {
    workflowTasks: legs.wftRun.length,
    activityTasks: legs.actRun.length,
    localActivities,
    markerBytes,
    wftScheduleToStart: percentile(legs.wftSched, 50),
    wftStartToComplete: percentile(legs.wftRun, 50),
    activityScheduleToStart: percentile(legs.actSched, 50),
    activityStartToComplete: percentile(legs.actRun, 50),
  };
}
