/**
 * The demo's weekly project meeting (周六例会) of last Saturday, played through the meetings' use cases on a
 * clock of its own: a blocker of the demo's first key project was escalated to the meeting (the blockers'
 * demo rows are written here through SQL, minimal, when none exists at level 'meeting'); the office drafts
 * the agenda, records decisions (each a published task of its lead unit), marks the meeting held and numbers
 * its minutes.
 */
import { uuidv7 } from 'uuidv7';
import { withSystemTx } from '../db/tx';
import {
  firstProjectId,
  hasOpenMeetingBlocker,
  insertBlockerWithEvents,
} from '../modules/meetings/meetings-demo.repository';
import { createMeeting } from '../modules/meetings/create-meeting';
import { draftMeetingAgenda } from '../modules/meetings/draft-agenda';
import { getMeeting } from '../modules/meetings/get-meeting';
import { recordMeetingDecision } from '../modules/meetings/record-decision';
import { updateMeeting } from '../modules/meetings/update-meeting';
import { DemoClock, shanghaiAt, type DemoActors } from './load-demo';

/** The Saturday before `today` (a Saturday itself goes back a week: the meeting is over by the demo's today). */
export function lastSaturday(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  const back = (d.getUTCDay() + 1) % 7 || 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** A blocker of the first demo project at level 'meeting', raised three weeks before the meeting. */
async function demoMeetingBlocker(actors: DemoActors, saturday: string): Promise<void> {
  const office = actors.ctxOf('demo-supervisor');
  const tenantId = office.actor.tenantId;
  await withSystemTx(office.db, async (tx) => {
    if (await hasOpenMeetingBlocker(tx, tenantId)) return;
    const projectId = await firstProjectId(tx, tenantId);
    if (!projectId) return;
    const id = uuidv7();
    const street = actors.unitIdOf('S01');
    const raisedAt = shanghaiAt(addDays(saturday, -21), 10);
    const steps = [
      { kind: 'raised', fromLevel: null, toLevel: 'unit', days: -21 },
      { kind: 'escalated', fromLevel: 'unit', toLevel: 'leader', days: -12 },
      { kind: 'escalated', fromLevel: 'leader', toLevel: 'meeting', days: -5 },
    ] as const;
    const blocker = {
      id,
      tenantId,
      projectId,
      raisedByUnitId: street,
      ownerUnitId: street,
      kind: '征迁',
      title: '二期用地剩余12户未签约，影响厂房基础施工',
      description: '二期用地尚有12户未签订征收补偿协议，施工单位无法进场开挖基础。',
      ask: '请区征收办牵头，会同自然资源局加快评估和签约',
      dueDate: addDays(saturday, 14),
      level: 'meeting',
      levelSince: shanghaiAt(addDays(saturday, -5), 9),
      raisedAt,
      raisedBy: actors.userIdOf('demo-cgjd-clerk'),
      createdAt: raisedAt,
      updatedAt: raisedAt,
    } as const;
    await insertBlockerWithEvents(
      tx,
      blocker,
      steps.map(({ kind, fromLevel, toLevel, days }) => ({
        id: uuidv7(),
        tenantId,
        blockerId: id,
        kind,
        fromLevel,
        toLevel,
        reason: kind === 'escalated' ? '逾期未解决，按规定上报' : null,
        at: shanghaiAt(addDays(saturday, days), 9),
      })),
    );
  });
}

export interface DemoMeetingResult {
  meetings: number;
  decisions: number;
}

export async function playDemoMeeting(actors: DemoActors, today: string): Promise<DemoMeetingResult> {
  const saturday = lastSaturday(today);
  await demoMeetingBlocker(actors, saturday);
  const clock = new DemoClock(shanghaiAt(addDays(saturday, -2), 16));
  const office = () => ({ ...actors.ctxOf('demo-supervisor'), clock });
  const created = await createMeeting(office(), {
    title: '重点项目推进周六例会',
    heldOn: saturday,
    location: '区行政中心三楼第一会议室',
    chair: '王建国（区长）',
    attendees: [
      '王建国（区长）',
      '张立新（副区长）',
      '刘明（督查室）',
      '区发展和改革委员会',
      '城关街道',
      '区交通运输局',
    ],
  });
  const drafted = await draftMeetingAgenda(office(), created.id, { version: created.version });
  clock.moveTo(shanghaiAt(saturday, 11));
  let decisions = 0;
  const blockerItem = drafted.agenda.find((i) => i.kind === 'blocker');
  if (blockerItem) {
    await recordMeetingDecision(office(), created.id, {
      itemId: blockerItem.id,
      content: '城关街道牵头，区发改委配合，两周内完成剩余12户征收签约并移交净地',
      leadUnitId: actors.unitIdOf('S01'),
      leaderId: actors.userIdOf('demo-leader3'),
      coUnitIds: [actors.unitIdOf('D01')],
      dueDate: addDays(saturday, 14),
    });
    decisions += 1;
  }
  const projectItem = drafted.agenda.find((i) => i.kind === 'project');
  await recordMeetingDecision(office(), created.id, {
    itemId: projectItem?.id ?? null,
    content: projectItem
      ? `${projectItem.title.replace('红灯项目：', '')}：区发改委一周内会同建设单位制定投资赶超计划，报区政府审定`
      : '区发改委一周内梳理投资滞后项目，制定赶超计划',
    leadUnitId: actors.unitIdOf('D01'),
    leaderId: actors.userIdOf('demo-leader1'),
    coUnitIds: [],
    dueDate: addDays(saturday, 7),
  });
  decisions += 1;
  const current = await getMeeting(office(), created.id);
  await updateMeeting(office(), created.id, {
    version: current.version,
    status: 'held',
    minutesNumber: '第1期',
  });
  return { meetings: 1, decisions };
}
