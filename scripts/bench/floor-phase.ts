import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import { startNodeProcess, stopProcess } from './bench-system';
import { pidsOf, startCpuMeter, type CpuPerTurn } from './cpu-meter';
import { floorMessageSignal, type FloorMessage } from './floor-workflow';
import type { HopBreakdown } from './history-breakdown';
import { PRIORITIES, renice } from './priority';
import { type PhaseResult, WAIT_FOR_ANSWER_MS } from './turn-phase';

/** The shape of a turn the floor mirrors: read off a real conversation's history. */
export interface TurnShape {
  /** Local activities per turn, run one after the other. */
  localActivities: number;
  /** The size of each one's result: the real markers' average. */
  resultBytes: number;
}

/** The shape of the turns in `hops`' history: local activities per turn, their results' average size. */
export function turnShapeOf(
  hops: Pick<HopBreakdown, 'localActivities' | 'markerBytes'>,
  turns: number,
): TurnShape {
  return {
    localActivities: Math.round(hops.localActivities / Math.max(1, turns)),
    resultBytes: Math.round(hops.markerBytes / Math.max(1, hops.localActivities)),
  };
}

/** A turn with nothing between the message and the reply: the least a Temporal turn can be. */
export const BARE_TURN: TurnShape = { localActivities: 0, resultBytes: 0 };

/**
 * The floor's closed-loop runs: the turn's shape at c1 and c20, and the bare turn at c20; each c20
 * run with the CPU it took per turn.
 */
export interface FloorResult {
  shape: TurnShape;
  c1: PhaseResult;
  c20: PhaseResult;
  c20Cpu: CpuPerTurn;
  bareC20: PhaseResult;
  bareC20Cpu: CpuPerTurn;
  /** The runs' workflow ids (terminated when the phase ends). */
  workflowIds: string[];
}

/**
 * Runs the floor workflow (floor-workflow.ts) against the benchmark's Temporal with its own worker
 * process, at the worker's nice value: the same closed loop as the real turns, at c1 and at c20,
 * with the turn's shape, then at c20 with the bare turn. Its latency is what orchestration alone
 * costs a turn on this machine. The load goes from this process straight to Temporal, without the
 * API, so the API's own CPU is not in it.
 */
export async function runFloorPhase(options: {
  client: Client;
  temporal: { address: string; namespace: string; pid: number | undefined };
  shape: TurnShape;
  warmUp: { conversations: number; turns: number };
  c1: { turns: number };
  c20: { conversations: number; turns: number };
}): Promise<FloorResult> {
  const { client, temporal, shape } = options;
  const arrivals = new Map<number, (at: number) => void>();
  const sink = createServer((request, response) => {
    const messageId = Number(request.url?.split('/').pop());
    arrivals.get(messageId)?.(performance.now());
    arrivals.delete(messageId);
    response.end();
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const taskQueue = `bench-floor-${randomUUID()}`;
  const worker = await startNodeProcess({
    label: 'floor worker',
    script: 'scripts/bench/floor-worker.ts',
    env: {
      FLOOR_TEMPORAL_ADDRESS: temporal.address,
      FLOOR_NAMESPACE: temporal.namespace,
      FLOOR_TASK_QUEUE: taskQueue,
      FLOOR_REPLY_URL: `http://127.0.0.1:${(sink.address() as AddressInfo).port}/reply`,
    },
    ready: /floor worker is running/,
  });
  const workflowIds: string[] = [];
  /** The reply to `messageId` arriving at the sink, in `performance.now()` time. */
  const expectReply = (messageId: number): { arrived: Promise<number>; cancel(): void } => {
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<number>((resolve, reject) => {
      timer = setTimeout(() => {
        arrivals.delete(messageId);
        reject(new Error(`floor message ${messageId} was not answered within ${WAIT_FOR_ANSWER_MS} ms`));
      }, WAIT_FOR_ANSWER_MS);
      arrivals.set(messageId, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
    return {
      arrived,
      cancel() {
        clearTimeout(timer);
        arrivals.delete(messageId);
      },
    };
  };
  let nextMessageId = 1;

  const closedLoop = async (
    run: string,
    turnShape: TurnShape,
    conversations: number,
    turns: number,
  ): Promise<PhaseResult> => {
    const latencies: number[] = [];
    const started = performance.now();
    const customer = async (index: number): Promise<void> => {
      const workflowId = `bench-floor-${run}-${index}-${taskQueue}`;
      workflowIds.push(workflowId);
      for (let turn = 0; turn < turns; turn++) {
        const message: FloorMessage = { messageId: nextMessageId++, ...turnShape };
        const sentAt = performance.now();
        const reply = expectReply(message.messageId);
        try {
          await client.workflow.signalWithStart('floorConversation', {
            taskQueue,
            workflowId,
            signal: floorMessageSignal,
            signalArgs: [message],
          });
        } catch (error) {
          reply.cancel();
          throw error;
        }
        latencies.push((await reply.arrived) - sentAt);
      }
    };
    await Promise.all(Array.from({ length: conversations }, (_, index) => customer(index)));
    return { latencies, wallMs: performance.now() - started, turns: latencies.length };
  };

  try {
    if (worker.pid !== undefined) renice(worker.pid, PRIORITIES.background);
    await closedLoop('warm-up', shape, options.warmUp.conversations, options.warmUp.turns);
    const c1 = await closedLoop('c1', shape, 1, options.c1.turns);
    const meterOf = (): ReturnType<typeof startCpuMeter> =>
      startCpuMeter({
        worker: () => pidsOf(worker.pid),
        temporal: () => pidsOf(temporal.pid),
        harness: () => [process.pid],
      });
    const meter = meterOf();
    const c20 = await closedLoop('c20', shape, options.c20.conversations, options.c20.turns);
    const c20Cpu = meter.perTurn(c20.turns);
    const bareMeter = meterOf();
    const bareC20 = await closedLoop('bare-c20', BARE_TURN, options.c20.conversations, options.c20.turns);
    const bareC20Cpu = bareMeter.perTurn(bareC20.turns);
    return { shape, c1, c20, c20Cpu, bareC20, bareC20Cpu, workflowIds };
  } finally {
    // The floor's conversations never end on their own: a long-lived Temporal must not keep them.
    await Promise.allSettled(
      workflowIds.map((id) => client.workflow.getHandle(id).terminate('benchmark floor run over')),
    );
    await stopProcess(worker);
    await new Promise((resolve) => sink.close(resolve));
  }
}
