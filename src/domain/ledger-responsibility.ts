/**
 * What the ledger shows of 落实到每一个单位 (issue 15): each co-unit's share of the latest closed period and each
 * target's per-unit shares. One rule for the page's drawer and the Excel export.
 */
import { expectedShareFacts, type ShareTaskFacts } from './share-facts';
import type { ShareStatus, TargetShareStatus } from './vocabulary';

/** A co-unit's share of the period: given on time, given after the close, not given, or sent back to redo. */
export const coShareStates = ['given', 'late', 'missing', 'returned'] as const;
export type CoShareState = (typeof coShareStates)[number];

export const coShareStateWords: Record<CoShareState, string> = {
  given: '已报送',
  late: '逾期报送',
  missing: '未报送',
  returned: '已退回',
};

export const targetShareStatusWords: Record<TargetShareStatus, string> = {
  approved: '已审定',
  proposed: '待审定',
};

export interface CoShareRow {
  taskId: string;
  unitId: string;
  status: ShareStatus;
  /** The day the co-unit last gave it (Asia/Shanghai): a redone share counts from its redo, as in the assessment. */
  givenOn: string;
  returnReason: string | null;
}

export interface CoShareLine {
  unitId: string;
  state: CoShareState;
  givenOn: string | null;
  returnReason: string | null;
}

/**
 * The co-units' lines of `period` per task: only tasks that owed shares for it (running by its end, not completed
 * before it began — the assessment's rule, `expectedShareFacts`), in the task's co-unit order.
 */
export function coShareLines(
  tasks: readonly ShareTaskFacts[],
  shares: readonly CoShareRow[],
  period: string,
): Map<string, CoShareLine[]> {
  const byKey = new Map(shares.map((s) => [`${s.taskId}:${s.unitId}`, s]));
  const out = new Map<string, CoShareLine[]>();
  const owed = expectedShareFacts(
    tasks,
    shares.map((s) => ({ ...s, period })),
    [period],
  );
  for (const fact of owed) {
    const share = byKey.get(`${fact.taskId}:${fact.unitId}`);
    const line: CoShareLine = {
      unitId: fact.unitId,
      state: coShareState(share, fact.deadline),
      givenOn: share?.givenOn ?? null,
      returnReason: share?.status === 'returned' ? share.returnReason : null,
    };
    out.set(fact.taskId, [...(out.get(fact.taskId) ?? []), line]);
  }
  return out;
}

/** One share's state against the period's close (`deadline`, a calendar date). */
export function coShareState(
  share: { status: ShareStatus; givenOn: string } | undefined,
  deadline: string,
): CoShareState {
  if (!share) return 'missing';
  if (share.status === 'returned') return 'returned';
  return share.givenOn > deadline ? 'late' : 'given';
}
