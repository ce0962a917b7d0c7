import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import {
  buildMinutesDocx,
  type MinutesDecision,
  type MinutesItem,
} from '../../documents/meeting-minutes-docx';
import { assertCan } from '../../policy/assert';
import { meetingOr404 } from './meeting-or-404';
import { canReadMeetings } from './meetings.policy';
import { tenantName } from './meetings.repository';
import type { TAgendaItem, TMeetingDecision } from './meetings.schemas';
import { presentMeetingDetail } from './present-meeting';

const lightWord = { red: '红灯', yellow: '黄灯', green: '绿灯' } as const;
const levelWord = { unit: '责任单位', leader: '分包领导', meeting: '项目例会', committee: '常委会' } as const;
const reviewWord = {
  pending: '未答复',
  approved: '同意',
  approved_with_conditions: '有条件同意',
  needs_material: '需补充材料',
} as const;

/** The facts of an item in the minutes' sentences. */
export function factSentences(facts: TAgendaItem['facts'], notes: string): string[] {
  const out: string[] = [];
  const p = facts.project;
  if (p)
    out.push(
      `${p.name}（${p.code}）：当前${lightWord[p.light]}，年度计划投资${p.annualPlan}万元，` +
        `截至目前应完成${p.planToDate}万元，实际完成${p.completed}万元。`,
    );
  const b = facts.blocker;
  if (b)
    out.push(
      `堵点“${b.title}”（${b.kind}）由${b.raisedByUnitName ?? ''}于${b.raisedAt.slice(0, 10)}提出，` +
        `现由${levelWord[b.level]}协调${b.ask ? `，需协调事项：${b.ask}` : ''}。`,
    );
  const r = facts.review;
  if (r)
    out.push(
      `联审联批“${r.title}”限${r.deadline}前办结：` +
        `${r.items.map((i) => `${i.unitName}${reviewWord[i.status]}`).join('，')}。`,
    );
  const c = facts.carried;
  if (c)
    out.push(
      `${c.heldOn}${c.meetingTitle}议定事项“${c.content}”由${c.leadUnitName ?? ''}负责，限${c.dueDate}前完成，` +
        `目前进度${c.taskProgress ?? 0}%。`,
    );
  if (notes.trim()) out.push(notes.trim());
  return out;
}

function minutesDecision(d: TMeetingDecision): MinutesDecision {
  return {
    content: d.content,
    leadUnitName: d.leadUnitName ?? '',
    leaderName: d.leaderName,
    coUnitNames: d.coUnitNames,
    dueDate: d.dueDate,
    taskCode: d.taskCode,
  };
}

/** 会议纪要 as a Word document in the official format. */
export async function meetingMinutes(
  ctx: AuthedContext,
  id: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  assertCan(canReadMeetings(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const meeting = await presentMeetingDetail(tx, ctx, await meetingOr404(tx, id));
    const district = await tenantName(tx, ctx.actor.tenantId);
    const items: MinutesItem[] = meeting.agenda.map((item) => ({
      title: item.title,
      facts: factSentences(item.facts, item.notes),
      decisions: meeting.decisions.filter((d) => d.itemId === item.id).map(minutesDecision),
    }));
    const onItems = new Set(meeting.agenda.map((i) => i.id));
    const bytes = await buildMinutesDocx({
      title: `${meeting.title}纪要`,
      meetingTitle: meeting.title,
      number: meeting.minutesNumber,
      heldOn: meeting.heldOn,
      location: meeting.location,
      chair: meeting.chair,
      attendees: meeting.attendees,
      issuingOffice: `${district}委区政府督查室`,
      issuedDate: meeting.status === 'preparing' ? shanghaiDate(ctx.clock.now()) : meeting.heldOn,
      items,
      otherDecisions: meeting.decisions
        .filter((d) => d.itemId === null || !onItems.has(d.itemId))
        .map(minutesDecision),
    });
    return { fileName: `${meeting.title}纪要.docx`, bytes };
  });
}
