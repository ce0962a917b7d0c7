import ExcelJS from 'exceljs';
import { shanghaiDate } from '../../clock';
import { readTx, type AuthedContext } from '../../context';
import { SHEET_FONT, addOfficeSheet, officeWorkbookBytes, thinBorder } from '../../documents/office-sheet';
import { assertCan } from '../../policy/assert';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { loadSettings } from '../settings/settings.repository';
import { escalationDaysOf } from './blocker-scope';
import { canReadBlockers } from './blockers.policy';
import type { TBlockerListQuery } from './blockers.schemas';
import { visibleBlockers } from './list-blockers';
import { presentBlockers } from './present-blocker';

const levelWords = { unit: '责任单位', leader: '包联领导', meeting: '项目例会', committee: '常委会/常务会' };
const statusWords = {
  open: '待解决',
  coordinating: '协调中',
  pending_confirmation: '待确认',
  resolved: '已解决',
  closed: '已关闭',
};
const columns = [
  { header: '序号', width: 6 },
  { header: '项目/任务', width: 28 },
  { header: '类别', width: 8 },
  { header: '堵点问题', width: 36 },
  { header: '需协调事项', width: 30 },
  { header: '提出单位', width: 16 },
  { header: '责任单位', width: 16 },
  { header: '当前层级', width: 12 },
  { header: '包联领导', width: 10 },
  { header: '状态', width: 8 },
  { header: '提出日期', width: 12 },
  { header: '解决时限', width: 12 },
  { header: '已历天数', width: 8 },
  { header: '办理情况', width: 36 },
];

/** 堵点台账: the blockers the caller sees with the list's filters, as an office sheet (.xlsx). */
export async function exportBlockers(
  ctx: AuthedContext,
  q: Partial<TBlockerListQuery>,
): Promise<{ bytes: Buffer; fileName: string }> {
  assertCan(canReadBlockers(ctx.actor));
  const today = shanghaiDate(ctx.clock.now());
  const items = await readTx(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    const calendar = await loadWorkingCalendar(tx, ctx.actor.tenantId);
    const loaded = await visibleBlockers(tx, ctx, q);
    return presentBlockers(
      tx,
      { actor: ctx.actor, today, days: escalationDaysOf(settings), calendar },
      loaded,
    );
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  const title = `堵点问题台账（截至${today}）`;
  const sheet = addOfficeSheet(workbook, '堵点台账', title, columns, { frozenColumns: 2 });
  items.forEach((b, i) => {
    const row = sheet.addRow([
      i + 1,
      [b.subjectCode, b.subjectName].filter(Boolean).join(' '),
      b.kind,
      b.description ? `${b.title}\n${b.description}` : b.title,
      b.ask,
      b.raisedByUnitName ?? '',
      b.ownerUnitName ?? '',
      levelWords[b.level],
      b.ownerUserName ?? '',
      statusWords[b.status],
      shanghaiDate(new Date(b.raisedAt)),
      b.dueDate,
      b.ageDays,
      b.resolution ?? b.closeReason ?? '',
    ]);
    row.eachCell((cell) => {
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.font = { ...SHEET_FONT.body };
      cell.border = thinBorder;
    });
  });
  return { bytes: await officeWorkbookBytes(workbook), fileName: `${title}.xlsx` };
}
