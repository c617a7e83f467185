/**
 * The floor run's worker process (see floor-workflow.ts), started by the benchmark the way the
 * real worker is: its own process, its own connection through the Rust core, the SDK's defaults.
 * Env: FLOOR_TEMPORAL_ADDRESS, FLOOR_NAMESPACE, FLOOR_TASK_QUEUE, FLOOR_REPLY_URL.
 */
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker } from '@temporalio/worker';
import { floorActivities } from './floor-activities';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const connection = await NativeConnection.connect({ address: required('FLOOR_TEMPORAL_ADDRESS') });
const worker = await Worker.create({
  connection,
  namespace: required('FLOOR_NAMESPACE'),
  taskQueue: required('FLOOR_TASK_QUEUE'),
  activities: floorActivities(required('FLOOR_REPLY_URL')),
  workflowsPath: fileURLToPath(new URL('./floor-workflow.ts', import.meta.url)),
});
process.once('SIGTERM', () => worker.shutdown());
console.log('floor worker is running');
await worker.run();
await connection.close();
