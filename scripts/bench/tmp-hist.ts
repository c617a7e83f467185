import pino from 'pino';
import { startEphemeralTemporal } from '../../workers/temporal-dev-server';
import { startBenchSystem } from './bench-system';
import { sendCustomerMessage } from './webhook-driver';

const turns = Number(process.env.TURNS ?? 30);
const temporal = process.env.TEMPORAL_ADDRESS ? undefined : await startEphemeralTemporal({ log: pino({ level: 'warn' }) });
const bench = await startBenchSystem(process.env.TEMPORAL_ADDRESS ?? temporal!.address);
try {
  const lat: string[] = [];
  for (let i = 0; i < turns; i++) {
    const s = await sendCustomerMessage(bench.url, 77, 7700 + i);
    const a = await bench.replies.waitFor(s.key, 30000);
    lat.push(`${s.ackMs.toFixed(0)}/${(a!.at - s.sentAt).toFixed(0)}`);
  }
  console.log('ack/reply per turn', lat.join(' '));
  await new Promise((r) => setTimeout(r, 1000));
  const handle = bench.system.client.workflow.getHandle('conversation-1-77');
  const history = await handle.fetchHistory();
  const times = new Map<number, number>();
  const sums: Record<string, number[]> = {};
  const add = (k: string, v: number): void => void (sums[k] ??= []).push(v);
  for (const e of history.events ?? []) {
    const t = Number(e.eventTime!.seconds) * 1000 + (e.eventTime!.nanos ?? 0) / 1e6;
    times.set(Number(e.eventId), t);
    const ws = e.workflowTaskStartedEventAttributes?.scheduledEventId;
    const wc = e.workflowTaskCompletedEventAttributes?.startedEventId;
    const as = e.activityTaskStartedEventAttributes?.scheduledEventId;
    const ac = e.activityTaskCompletedEventAttributes?.startedEventId;
    if (ws) add('wft sched->start', t - times.get(Number(ws))!);
    if (wc) add('wft start->complete', t - times.get(Number(wc))!);
    if (as) add('act sched->start', t - times.get(Number(as))!);
    if (ac) add('act start->complete', t - times.get(Number(ac))!);
  }
  for (const [k, v] of Object.entries(sums)) {
    const late = v.slice(Math.floor(v.length / 3));
    const sorted = [...late].sort((a, b) => a - b);
    console.log(k.padEnd(22), 'n', late.length, 'p50', sorted[Math.floor(sorted.length / 2)]!.toFixed(1), 'mean', (late.reduce((a, b) => a + b, 0) / late.length).toFixed(1), 'max', sorted.at(-1)!.toFixed(1));
  }
} finally {
  await bench.close();
  await temporal?.stop();
}
