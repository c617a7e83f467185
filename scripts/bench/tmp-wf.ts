import { proxyActivities } from '@temporalio/workflow';
const { noop } = proxyActivities<{ noop(): Promise<void> }>({ startToCloseTimeout: '10 seconds' });
export async function tenSteps(): Promise<void> {
  for (let i = 0; i < 10; i++) await noop();
}
