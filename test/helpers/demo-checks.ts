/**
 * What the demo district must show of the later areas (issue 14 and on), checked by test/demo.int.test.ts; kept
 * here so that the demo test stays within its size limit as areas are added.
 */
import { expect } from 'vitest';

type Get = (url: string) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** 联审联批: one review with one department late (red), and a closed one. */
export async function expectDemoJointReviews(get: Get): Promise<void> {
  const list = await get('/api/v1/joint-reviews');
  expect(list.items.map((r: { status: string }) => r.status).sort()).toEqual(['closed', 'open']);
  const open = list.items.find((r: { status: string }) => r.status === 'open');
  const review = await get(`/api/v1/joint-reviews/${open.id}`);
  const late = review.items.filter((i: { overdue: boolean }) => i.overdue);
  expect(late.map((i: { unitName: string; delayDays: number }) => [i.unitName, i.delayDays])).toEqual([
    ['区住房和城乡建设局', 3],
  ]);
}

/** 周六例会: last Saturday's meeting, held, its decisions published tasks, its minutes downloadable. */
export async function expectDemoMeeting(get: Get, status: (url: string) => Promise<number>): Promise<void> {
  const list = await get('/api/v1/meetings');
  expect(list.items).toMatchObject([{ status: 'held', heldOn: '2026-03-14', decisionCount: 2 }]);
  const meeting = await get(`/api/v1/meetings/${list.items[0].id}`);
  expect(meeting.agenda[0]).toMatchObject({ kind: 'blocker', decided: true });
  expect(meeting.decisions.map((d: { taskStatus: string }) => d.taskStatus)).toEqual([
    'published',
    'published',
  ]);
  expect(await status(`/api/v1/meetings/${list.items[0].id}/minutes.docx`)).toBe(200);
}

/** 堵点: open blockers at every level of the ladder, and some resolved. */
export async function expectDemoBlockers(get: Get): Promise<void> {
  const list = (await get('/api/v1/blockers')) as { items: Array<{ level: string; status: string }> };
  const open = list.items.filter((b) => b.status === 'open').map((b) => b.level);
  expect(new Set(open)).toEqual(new Set(['unit', 'leader', 'meeting', 'committee']));
  expect(list.items.filter((b) => b.status === 'resolved').length).toBeGreaterThanOrEqual(2);
}
