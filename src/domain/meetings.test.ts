import { describe, expect, it } from 'vitest';
import { decisionProblem, draftAgenda, isDecisionOpen, meetingVerdicts, mergeDraft } from './meetings';

const sources = {
  carried: [
    { id: 'c2', content: '后议', meetingHeldOn: '2026-04-18', position: 1, projectId: null, blockerId: null },
    { id: 'c1', content: '先议', meetingHeldOn: '2026-04-18', position: 0, projectId: 'p9', blockerId: 'b9' },
    { id: 'c0', content: '更早', meetingHeldOn: '2026-04-11', position: 5, projectId: null, blockerId: null },
  ],
  blockers: [
    { id: 'b2', title: '新堵点', raisedAt: '2026-04-10T00:00:00.000Z', projectId: 'p1' },
    { id: 'b1', title: '老堵点', raisedAt: '2026-03-01T00:00:00.000Z', projectId: null },
  ],
  redProjects: [
    { id: 'p2', code: 'XM-002', name: '乙' },
    { id: 'p1', code: 'XM-001', name: '甲' },
  ],
  overdueReviews: [
    { id: 'r2', title: '晚', deadline: '2026-04-12', projectId: 'p1' },
    { id: 'r1', title: '早', deadline: '2026-04-02', projectId: 'p2' },
  ],
};

describe('the agenda draft', () => {
  it('lists carried decisions, then meeting blockers oldest first, red projects, overdue reviews', () => {
    const items = draftAgenda(sources);
    expect(
      items.map((i) => `${i.kind}:${i.carriedDecisionId ?? i.blockerId ?? i.jointReviewId ?? i.projectId}`),
    ).toEqual([
      'carried_decision:c0',
      'carried_decision:c1',
      'carried_decision:c2',
      'blocker:b1',
      'blocker:b2',
      // p1 has a blocker item: not listed again.
      'project:p2',
      'joint_review:r1',
      'joint_review:r2',
    ]);
    expect(items[1]).toMatchObject({ blockerId: 'b9', projectId: 'p9', title: '上次议定事项：先议' });
  });

  it('is the same whatever order the sources come in, and lists each object once', () => {
    const reversed = {
      carried: [...sources.carried].reverse(),
      blockers: [...sources.blockers, ...sources.blockers].reverse(),
      redProjects: [...sources.redProjects].reverse(),
      overdueReviews: [...sources.overdueReviews].reverse(),
    };
    expect(draftAgenda(reversed)).toEqual(draftAgenda(sources));
  });

  it('clips long titles to the column', () => {
    const [item] = draftAgenda({
      ...sources,
      carried: [],
      blockers: [{ id: 'b', title: '长'.repeat(400), raisedAt: 'x', projectId: null }],
    });
    expect(item?.title).toHaveLength(300);
  });

  it('keeps decided and hand-added items first and drops drafted items already kept', () => {
    const kept = [
      {
        id: 'k1',
        kind: 'blocker' as const,
        blockerId: 'b2',
        projectId: 'p1',
        jointReviewId: null,
        carriedDecisionId: null,
        title: 'x',
      },
      {
        id: 'k2',
        kind: 'other' as const,
        blockerId: null,
        projectId: null,
        jointReviewId: null,
        carriedDecisionId: null,
        title: 'y',
      },
    ];
    const merged = mergeDraft(kept, draftAgenda(sources));
    expect(merged.slice(0, 2)).toEqual(kept);
    expect(merged.filter((i) => i.blockerId === 'b2' && i.kind === 'blocker')).toHaveLength(1);
    expect(merged).toHaveLength(2 + 8 - 1);
  });
});

describe('a decision', () => {
  it('needs a lead unit and a due date on or after the meeting', () => {
    expect(decisionProblem({ dueDate: '2026-05-01' }, '2026-04-25')).toEqual({
      field: 'leadUnitId',
      problem: 'missing',
    });
    expect(decisionProblem({ leadUnitId: 'u' }, '2026-04-25')).toEqual({
      field: 'dueDate',
      problem: 'missing',
    });
    expect(decisionProblem({ leadUnitId: 'u', dueDate: '2026-04-24' }, '2026-04-25')).toEqual({
      field: 'dueDate',
      problem: 'before_meeting',
    });
    expect(decisionProblem({ leadUnitId: 'u', dueDate: '2026-04-25' }, '2026-04-25')).toBeNull();
  });

  it('is carried until its task is completed or cancelled', () => {
    expect(isDecisionOpen('published')).toBe(true);
    expect(isDecisionOpen(null)).toBe(true);
    expect(isDecisionOpen('completed')).toBe(false);
    expect(isDecisionOpen('cancelled')).toBe(false);
  });
});

describe('meeting abilities', () => {
  const office = { userId: 'o', unitId: null, roles: ['supervisor' as const] };
  const leader = { userId: 'l', unitId: null, roles: ['leader' as const] };
  it('the office drafts while preparing, decides until minuted; a leader only reads', () => {
    expect(meetingVerdicts(office, { status: 'preparing' })).toEqual({
      update: 'yes',
      draftAgenda: 'yes',
      editAgenda: 'yes',
      decide: 'yes',
      markHeld: 'yes',
    });
    expect(meetingVerdicts(office, { status: 'held' })).toMatchObject({
      draftAgenda: 'state',
      decide: 'yes',
      markHeld: 'state',
    });
    expect(meetingVerdicts(office, { status: 'minuted' })).toMatchObject({
      decide: 'state',
      editAgenda: 'state',
    });
    expect(Object.values(meetingVerdicts(leader, { status: 'preparing' }))).toEqual(Array(5).fill('role'));
  });
});
