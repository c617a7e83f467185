import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { performance } from 'node:perf_hooks';

const address = process.env.TEMPORAL_ADDRESS!;
const native = await NativeConnection.connect({ address });
const extra = process.env.WOPTS ? JSON.parse(process.env.WOPTS) : {};
const worker = await Worker.create({
  connection: native, taskQueue: 'tmp-min-' + Date.now(),
  workflowsPath: fileURLToPath(new URL('./tmp-wf.ts', import.meta.url)),
  activities: { async noop() {} }, ...extra,
});
const running = worker.run();
const client = new Client({ connection: await Connection.connect({ address }) });
const out: string[] = [];
for (let i = 0; i < Number(process.env.N ?? 20); i++) {
  const t = performance.now();
  await client.workflow.execute('tenSteps', { taskQueue: worker.options.taskQueue, workflowId: 'w' + Date.now() + i });
  out.push((performance.now() - t).toFixed(0));
}
console.log('ms per 10-activity workflow:', out.join(' '));
worker.shutdown();
await running;
await native.close();
process.exit(0);
