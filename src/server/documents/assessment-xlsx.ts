import ExcelJS from 'exceljs';
import { componentLabels } from '../../domain/assessment/labels';
import type { TComponentKey } from '../../domain/assessment/scheme';
import { SHEET_FONT, addOfficeSheet, officeWorkbookBytes, thinBorder } from './office-sheet';

/** One unit's line of the result table; null where the caller may not see the breakdown. */
export interface AssessmentSheetUnit {
  rank: number;
  unitName: string;
  componentPoints: Partial<Record<TComponentKey, number>> | null;
  deductions: number | null;
  bonuses: number | null;
  veto: string;
  total: number;
  grade: string;
}

export interface AssessmentSheetGroup {
  name: string;
  units: AssessmentSheetUnit[];
}

/** The header row of a group's sheet: 名次, 单位, one column per component, then the adjustments and the result. */
export function assessmentSheetHeader(componentKeys: readonly TComponentKey[]): string[] {
  return [
    '名次',
    '单位',
    ...componentKeys.map((k) => componentLabels[k]),
    '扣分',
    '加分',
    '一票否决',
    '总分',
    '等次',
  ];
}

// Excel refuses sheet names over 31 characters, with []:*?/\ in them, or the same name twice.
function sheetName(name: string, taken: Set<string>): string {
  const base = (name.replace(/[[\]:*?/\\]/g, '').trim() || '分组').slice(0, 28);
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base}${i}`;
  taken.add(candidate);
  return candidate;
}

/**
 * A group sheet's title: the group in brackets, or after a dash when its name has brackets of its own, so that
 * 街道（乡镇） never reads as "（街道（乡镇））".
 */
export function groupSheetTitle(title: string, groupName: string): string {
  return /[（(]/.test(groupName) ? `${title}——${groupName}` : `${title}（${groupName}）`;
}

/**
 * The result table as the office prints it: one sheet per group (office-sheet.ts: title row, frozen Chinese
 * header row repeated on every printed page, A4 landscape).
 */
export async function writeAssessmentXlsx(
  title: string,
  componentKeys: readonly TComponentKey[],
  groups: readonly AssessmentSheetGroup[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  const header = assessmentSheetHeader(componentKeys);
  const taken = new Set<string>();
  for (const group of groups) {
    const columns = header.map((name, i) => ({
      header: name,
      width: i === 0 ? 6 : i === 1 || name === '一票否决' ? 24 : 11,
    }));
    // The rank and unit columns stay in view too when the components scroll by.
    const sheet = addOfficeSheet(
      workbook,
      sheetName(group.name, taken),
      groupSheetTitle(title, group.name),
      columns,
      { frozenColumns: 2 },
    );
    for (const u of group.units) {
      const row = sheet.addRow([
        u.rank,
        u.unitName,
        ...componentKeys.map((k) => u.componentPoints?.[k] ?? null),
        u.deductions,
        u.bonuses,
        u.veto || null,
        u.total,
        u.grade,
      ]);
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.font = { ...SHEET_FONT.body };
        cell.border = thinBorder;
        cell.alignment = {
          vertical: 'middle',
          horizontal: col === 2 || header[col - 1] === '一票否决' ? 'left' : 'center',
          wrapText: true,
        };
        if (typeof cell.value === 'number' && col > 2) cell.numFmt = '0.00';
      });
    }
  }
  if (groups.length === 0) workbook.addWorksheet('考核结果').addRow(header);
  return await officeWorkbookBytes(workbook);
}
