import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import { cpuMsFromStat, cpuMsOf, startCpuMeter } from '../scripts/bench/cpu-meter';
import { BARE_TURN, runFloorPhase } from '../scripts/bench/floor-phase';
import { waitBeforeMs } from '../scripts/bench/pacing';
import { temporalAddress } from './support/kesher-harness';

describe('the benchmark CPU meter', () => {
  test('reads utime + stime after the command name, even one with spaces and parentheses', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = '4242 (node (worker) x) S 1 4242 4242 0 -1 4194560 900 0 0 0 250 37 0 0 20 0 11';
    assert.equal(cpuMsFromStat(stat), 2870);
    assert.throws(() => cpuMsFromStat('garbage'), /not a \/proc stat line/);
  });

  test("counts this process's CPU per turn, and null for a group it cannot read", () => {
    const meter = startCpuMeter({ self: () => [process.pid], gone: () => [], unreadable: () => [2 ** 30] });
    const until = (cpuMsOf(process.pid) ?? 0) + 50;
    let spin = 0;
    while ((cpuMsOf(process.pid) ?? Infinity) < until) spin += Math.sqrt(spin + 1);
    const perTurn = meter.perTurn(5);
    assert.ok(perTurn.self! >= 10, `50 ms of CPU over 5 turns is at least 10 ms a turn: ${perTurn.self}`);
    assert.equal(perTurn.gone, null);
    assert.equal(perTurn.unreadable, null);
  });
});

describe("the paced customers' schedule", () => {
  const pacing = { thinkMs: { min: 2_000, max: 6_000 }, seed: 7 };

  test('is the same for the Temporal and the in-process run, and differs between customers', () => {
    const schedule = (seed: number, index: number): number[] =>
      Array.from({ length: 8 }, (_, turn) => waitBeforeMs({ ...pacing, seed }, index, turn));
    assert.deepEqual(schedule(7, 3), schedule(7, 3));
    assert.notDeepEqual(schedule(7, 3), schedule(7, 4));
    assert.notDeepEqual(schedule(7, 3), schedule(8, 3));
  });

  test('starts within the longest think time and thinks between its bounds, spread across them', () => {
    const starts = Array.from({ length: 400 }, (_, index) => waitBeforeMs(pacing, index, 0));
    const thinks = Array.from({ length: 400 }, (_, index) =>
      waitBeforeMs(pacing, Math.floor(index / 20), 1 + (index % 20)),
    );
    assert.ok(starts.every((ms) => ms >= 0 && ms < 6_000));
    assert.ok(thinks.every((ms) => ms >= 2_000 && ms < 6_000));
    // Uniform draws: each quarter of the range gets a share near a quarter.
    for (let quarter = 0; quarter < 4; quarter += 1) {
      const low = 2_000 + quarter * 1_000;
      const share = thinks.filter((ms) => ms >= low && ms < low + 1_000).length / thinks.length;
      assert.ok(share > 0.15 && share < 0.35, `quarter ${quarter}: ${share}`);
    }
    const meanStart = starts.reduce((sum, ms) => sum + ms, 0) / starts.length;
    assert.ok(meanStart > 2_400 && meanStart < 3_600, `mean start ${meanStart}`);
  });
});

describe('the benchmark floor', () => {
  let connection: Connection;
  let client: Client;
  before(async () => {
    connection = await Connection.connect({ address: temporalAddress() });
    client = new Client({ connection });
  });
  after(async () => {
    await connection.close();
  });

  test('answers every message of the turn-shaped and the bare runs, then ends its workflows', async () => {
    const shape = { localActivities: 3, resultBytes: 500 };
    const floor = await runFloorPhase({
      client,
      temporal: { address: temporalAddress(), namespace: 'default', pid: undefined },
      shape,
      warmUp: { conversations: 1, turns: 1 },
      c1: { turns: 3 },
      c20: { conversations: 3, turns: 2 },
    });
    assert.deepEqual(floor.shape, shape);
    assert.equal(floor.c1.latencies.length, 3);
    assert.equal(floor.c20.turns, 6);
    assert.equal(floor.bareC20.turns, 6);
    for (const ms of [...floor.c1.latencies, ...floor.c20.latencies, ...floor.bareC20.latencies]) {
      assert.ok(ms > 0 && ms < 30_000, `a floor turn took ${ms} ms`);
    }
    assert.ok(floor.c20Cpu.worker! > 0, 'the floor worker used CPU');
    assert.ok(floor.bareC20Cpu.worker! > 0, 'the floor worker used CPU for the bare turns');
    assert.equal(floor.c20Cpu.temporal, null, 'a Temporal this run did not start is not metered');

    // Each turn-shaped message ran its local activities (one marker each) before the reply.
    const c1Id = floor.workflowIds.find((id) => id.startsWith('bench-floor-c1-'));
    assert.ok(c1Id, 'the c1 conversation is among the run ids');
    const history = await client.workflow.getHandle(c1Id).fetchHistory();
    const markers = history.events!.filter((event) => event.markerRecordedEventAttributes).length;
    const replies = history.events!.filter((event) => event.activityTaskCompletedEventAttributes).length;
    assert.equal(markers, 3 * shape.localActivities);
    assert.equal(replies, 3);
    const bareId = floor.workflowIds.find((id) => id.startsWith('bench-floor-bare-c20-'));
    const bare = await client.workflow.getHandle(bareId!).fetchHistory();
    assert.equal(bare.events!.filter((event) => event.markerRecordedEventAttributes).length, 0);
    assert.equal(BARE_TURN.localActivities, 0);
    assert.equal(floor.workflowIds.length, 1 + 1 + 3 + 3);
    for (const id of floor.workflowIds) {
      assert.equal((await client.workflow.getHandle(id).describe()).status.name, 'TERMINATED');
    }
  });
});
