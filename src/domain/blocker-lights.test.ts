/** blocker_open (堵点, issue #14) in the task and project lights, at its boundary. */
import { describe, expect, it } from 'vitest';
import { projectLight, type ProjectLightFacts } from './project-lights';
import { defaultLightSettings, lightAsOf, type LightTask } from './schedule';

const settings = { ...defaultLightSettings, blockerLightAfterDays: 14 };

/** A year-long task accepted and reported, on schedule: nothing but a blocker makes it yellow in June. */
function task(oldestBlockerRaisedOn: string | null): LightTask {
  return {
    status: 'in_progress',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    progress: 100,
    acceptedAt: '2026-01-02',
    milestones: [],
    reports: [{ period: '2026-05', status: 'approved' }],
    oldestBlockerRaisedOn,
  };
}

describe('blocker_open on a task', () => {
  it('is green on day N exactly, yellow the day after', () => {
    expect(lightAsOf(task('2026-06-01'), '2026-06-15', settings)).toMatchObject({
      light: 'green',
      reasons: [],
    });
    expect(lightAsOf(task('2026-06-01'), '2026-06-16', settings)).toMatchObject({
      light: 'yellow',
      reasons: ['blocker_open'],
    });
    expect(lightAsOf(task(null), '2026-06-16', settings).light).toBe('green');
    expect(
      lightAsOf(task('2026-06-01'), '2026-06-08', { ...settings, blockerLightAfterDays: 6 }).reasons,
    ).toEqual(['blocker_open']);
  });
});

/** A project with no plan and no nodes: only a blocker colours it. */
function project(blockers: ProjectLightFacts['blockers']): ProjectLightFacts {
  return {
    stage: 'construction',
    year: 2026,
    plannedStart: null,
    monthlyPlan: [],
    reports: [],
    nodes: [],
    blockers,
  };
}
const th = { yellowBehindPct: 10, redBehindPct: 20, reportDay: 31, blockerLightAfterDays: 14 };

describe('blocker_open on a project', () => {
  it('is green on day N exactly, yellow the day after, for an open or coordinating blocker only', () => {
    const open = [{ status: 'open' as const, raisedOn: '2026-06-01' }];
    expect(projectLight(project(open), '2026-06-15', th)).toMatchObject({ light: 'green', reasons: [] });
    expect(projectLight(project(open), '2026-06-16', th)).toMatchObject({
      light: 'yellow',
      reasons: ['blocker_open'],
    });
    const coordinating = [{ status: 'coordinating' as const, raisedOn: '2026-06-01' }];
    expect(projectLight(project(coordinating), '2026-06-16', th).reasons).toEqual(['blocker_open']);
    for (const status of ['pending_confirmation', 'resolved', 'closed'] as const)
      expect(projectLight(project([{ status, raisedOn: '2026-01-01' }]), '2026-06-16', th).light).toBe(
        'green',
      );
    expect(projectLight(project(undefined), '2026-06-16', th).light).toBe('green');
  });
  it('a quiet (suspended) project stays green', () => {
    const open = [{ status: 'open' as const, raisedOn: '2026-01-01' }];
    expect(projectLight({ ...project(open), stage: 'suspended' }, '2026-06-16', th).light).toBe('green');
  });
});
