import { replayReportOf } from '../../activities/learning/replay/replay-report';
import type { EvalRun } from '../../schema/tables';

/** A replay run without its turns, as lists and the deploy route show it. */
export function replayRunView(run: EvalRun): Record<string, unknown> {
  const { turns: _turns, ...report } = replayReportOf(run, []);
  return report;
}
