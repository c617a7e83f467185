/**
 * The benchmark's floor: a conversation workflow with the shape of a Kesher turn and none of its
 * work. Each message runs `localActivities` local activities one after the other, each returning
 * `resultBytes` of data at once (so each records a marker of that size, as a turn's steps do), then
 * the reply as a regular activity. What a turn of this workflow costs is what Temporal costs a
 * turn of that shape on this machine, whatever the activities do.
 */
import {
  condition,
  defineSignal,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import { asLocal, DATABASE_ACTIVITY, OUTBOUND_ACTIVITY } from '../../workflows/activity-options';
import type { FloorActivities } from './floor-activities';

/** One customer message of the floor run. */
export interface FloorMessage {
  messageId: number;
  localActivities: number;
  resultBytes: number;
}

export const floorMessageSignal = defineSignal<[FloorMessage]>('floorMessage');

// The options Kesher's local database steps run with (customer-turn.ts).
const steps = proxyLocalActivities<FloorActivities>(asLocal(DATABASE_ACTIVITY));
const outbound = proxyActivities<FloorActivities>(OUTBOUND_ACTIVITY);

/** Handles its messages one turn at a time, for as long as the run lasts. */
export async function floorConversation(): Promise<void> {
  const inbox: FloorMessage[] = [];
  setHandler(floorMessageSignal, (message) => void inbox.push(message));
  for (;;) {
    await condition(() => inbox.length > 0);
    const message = inbox.shift()!;
    let previous = 0;
    for (let step = 0; step < message.localActivities; step++) {
      const result = await steps.floorStep({ step, resultBytes: message.resultBytes, previous });
      previous = result.length;
    }
    await outbound.floorReply({ messageId: message.messageId });
  }
}
