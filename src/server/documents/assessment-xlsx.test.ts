import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { groupSheetTitle, writeAssessmentXlsx } from './assessment-xlsx';

describe('the assessment sheet title', () => {
  it('never doubles the brackets of a group named with brackets', async () => {
    expect(groupSheetTitle('2026年度综合考核结果', '区直部门')).toBe('2026年度综合考核结果（区直部门）');
    const bytes = await writeAssessmentXlsx(
      '2026年度综合考核结果',
      ['task_completion'],
      [{ name: '街道（乡镇）', units: [] }],
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const title = String(workbook.worksheets[0]?.getCell(1, 1).value);
    expect(title).toBe('2026年度综合考核结果——街道（乡镇）');
    expect(title).not.toContain('（街道（');
  });
});
