import { describe, expect, it } from 'vitest';
import {
  projectReportStatuses,
  projectStages,
  type ProjectReportStatus,
  type ProjectStage,
} from '../vocabulary';
import { actorKeys, actors, expected, type Rule } from './fixtures.test-helpers';
import { canSeeProject, projectReportVerdicts, projectVerdicts, type ProjectFacts } from './project';

/** A project whose street office is A, command post B; `leader` contracts it; C has no part. */
const project = (stage: ProjectStage, over: Partial<ProjectFacts> = {}): ProjectFacts => ({
  stage,
  units: [
    { unitId: 'A', role: 'street' },
    { unitId: 'B', role: 'command_post' },
  ],
  leaderIds: ['u-lead'],
  contactUserId: null,
  hasReports: false,
  ...over,
});

const live = projectStages.filter((s) => s !== 'terminated');
const reporting: ProjectStage[] = ['planning', 'signed', 'preparation', 'construction', 'completed'];

type Key = keyof ReturnType<typeof projectVerdicts>;
const spec: Record<Key, Rule<ProjectStage>> = {
  update: { who: ['supervisor'] },
  report: { who: ['headA', 'operatorA'], when: reporting },
  review: { who: ['supervisor'] },
  planNodes: { who: ['supervisor'], when: live },
  replan: { who: ['supervisor'], when: live },
  baseline: { who: ['supervisor'], when: live },
  publish: { who: ['supervisor'] },
  delete: { who: ['supervisor'], when: ['planning'] },
};

describe('projectVerdicts', () => {
  for (const stage of projectStages) {
    for (const actor of actorKeys) {
      it(`${actor} on a ${stage} project`, () => {
        const want = Object.fromEntries(Object.entries(spec).map(([k, r]) => [k, expected(r, actor, stage)]));
        expect(projectVerdicts(actors[actor], project(stage))).toEqual(want);
      });
    }
  }
  it('a project with reports is not deleted', () => {
    expect(projectVerdicts(actors.supervisor, project('planning', { hasReports: true })).delete).toBe(
      'state',
    );
  });
  it('the contact user reports whatever their role', () => {
    const p = project('construction', { contactUserId: 'u-hc' });
    expect(projectVerdicts(actors.headC, p).report).toBe('yes');
  });
});

describe('canSeeProject', () => {
  const seen = Object.fromEntries(
    actorKeys.map((a) => [a, canSeeProject(actors[a], project('construction'))]),
  );
  it('the office, leaders and units with a role see it; others do not', () => {
    expect(seen).toEqual({
      supervisor: true,
      leader: true,
      headA: true,
      operatorA: true,
      operatorB: true,
      headC: false,
      admin: false,
      auditor: false,
      security: false,
    });
  });
  it('a contracting leader or contact user sees it without read_all', () => {
    const other = { userId: 'u-x', unitId: null, roles: ['unit_operator' as const] };
    expect(canSeeProject(other, project('planning'))).toBe(false);
    expect(canSeeProject(other, project('planning', { contactUserId: 'u-x' }))).toBe(true);
    expect(canSeeProject(other, project('planning', { leaderIds: ['u-x'] }))).toBe(true);
  });
});

describe('projectReportVerdicts', () => {
  const spec: Record<'review' | 'correct', Rule<ProjectReportStatus>> = {
    review: { who: ['supervisor'], when: ['submitted'] },
    correct: { who: ['headA', 'operatorA'], when: ['submitted', 'returned'] },
  };
  for (const status of projectReportStatuses) {
    for (const actor of actorKeys) {
      it(`${actor} on a ${status} report`, () => {
        const want = Object.fromEntries(
          Object.entries(spec).map(([k, r]) => [k, expected(r, actor, status)]),
        );
        expect(projectReportVerdicts(actors[actor], { status }, project('construction'))).toEqual(want);
      });
    }
  }
  it('a report of a suspended project is not corrected', () => {
    expect(
      projectReportVerdicts(actors.operatorA, { status: 'returned' }, project('suspended')).correct,
    ).toBe('state');
  });
});
