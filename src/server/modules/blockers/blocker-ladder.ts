import { ownerAt } from '../../../domain/blockers';
import type { BlockerLevel } from '../../../domain/vocabulary';
import type { BlockerRow, SubjectFacts } from './blockers.repository';
import type { Audience } from './blocker-transition';

const levelWords: Record<BlockerLevel, string> = {
  unit: '责任单位',
  leader: '包联领导',
  meeting: '周六项目例会',
  committee: '区委常委会/区政府常务会',
};

/**
 * One step up the ladder to `to`: the new level from `now`, the contracting leader as owner at `leader` (the
 * project's first leader or the task's lead leader), and the notice to the new owner (the office when the
 * level has no named owner).
 */
export function stepUp(
  row: BlockerRow,
  subject: SubjectFacts,
  to: BlockerLevel,
  now: Date,
  reason: string | null,
) {
  const ownerUserId = to === 'leader' ? (subject.leaderIds[0] ?? null) : row.ownerUserId;
  const owner = ownerAt(to, { ownerUnitId: row.ownerUnitId, contractingLeaderId: ownerUserId });
  const audience: Audience =
    owner.kind === 'leader'
      ? { userIds: [owner.userId] }
      : owner.kind === 'unit'
        ? { unitId: owner.unitId }
        : 'office';
  const label = subject.name ? `（${subject.name}）` : '';
  return {
    set: { level: to, levelSince: now, ownerUserId },
    notice: {
      audience,
      kind: 'blocker_escalated',
      title: `堵点上交${levelWords[to]}：${row.title}${label}`,
      body: reason
        ? `该堵点已提前上交${levelWords[to]}协调。理由：${reason}`
        : `该堵点在${levelWords[row.level]}层级逾期未解决，已按规定上交${levelWords[to]}协调。`,
    },
  };
}
