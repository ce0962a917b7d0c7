import type { ToleranceTargetKind } from '../../../domain/vocabulary';
import type { Executor } from '../../db/client';
import { accountabilityFact, criticismFact, interviewFact, taskFact } from './tolerance-requests.repository';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The fact a request names, as the assessment cites it: its unit and its words; undefined when there is no
 * such fact. A red light is "task id:YYYY-MM", the task's month-end light as the assessment keys it.
 */
export async function resolveToleranceTarget(
  tx: Executor,
  kind: ToleranceTargetKind,
  targetId: string,
): Promise<{ unitId: string; label: string } | undefined> {
  switch (kind) {
    case 'bulletin_criticism': {
      const f = uuid.test(targetId) ? await criticismFact(tx, targetId) : undefined;
      return f && { unitId: f.unitId, label: `通报批评（${f.period}）：${f.text}` };
    }
    case 'interview': {
      const f = uuid.test(targetId) ? await interviewFact(tx, targetId) : undefined;
      return f && { unitId: f.unitId, label: `约谈（${f.date}）：${f.reason}` };
    }
    case 'accountability': {
      const f = uuid.test(targetId) ? await accountabilityFact(tx, targetId) : undefined;
      return f && { unitId: f.unitId, label: `问责（${f.date}）：${f.reason}` };
    }
    case 'red_light': {
      const m = /^([0-9a-f-]{36}):(\d{4}-(0[1-9]|1[0-2]))$/i.exec(targetId);
      const f = m && uuid.test(m[1] ?? '') ? await taskFact(tx, m[1] as string) : undefined;
      return f?.unitId
        ? { unitId: f.unitId, label: `红灯（${m?.[2] ?? ''}）：${`${f.code ?? ''} ${f.title}`.trim()}` }
        : undefined;
    }
  }
}
