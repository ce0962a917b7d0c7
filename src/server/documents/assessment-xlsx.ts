import ExcelJS from 'exceljs';
import { componentLabels } from '../../domain/assessment/labels';
import type { TComponentKey } from '../../domain/assessment/scheme';

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

const border = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
} as const;

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
 * The result table as the office prints it: one sheet per group, a title row, a bold Chinese header row
 * that stays in view (frozen) and repeats on every printed page, A4 landscape.
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
    const sheet = workbook.addWorksheet(sheetName(group.name, taken), {
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '2:2',
      },
      views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }],
    });
    sheet.mergeCells(1, 1, 1, header.length);
    const titleCell = sheet.getCell(1, 1);
    titleCell.value = `${title}（${group.name}）`;
    titleCell.font = { name: '方正小标宋简体', size: 16, bold: true };
    titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.getRow(1).height = 30;
    const headerRow = sheet.getRow(2);
    header.forEach((name, i) => {
      const cell = headerRow.getCell(i + 1);
      cell.value = name;
      cell.font = { name: '黑体', size: 11, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF5' } };
      cell.border = border;
      sheet.getColumn(i + 1).width = i === 0 ? 6 : i === 1 ? 24 : name === '一票否决' ? 24 : 11;
    });
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
        cell.font = { name: '仿宋_GB2312', size: 11 };
        cell.border = border;
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
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
