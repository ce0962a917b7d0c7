/**
 * 配合与验收情况 in the quarterly analysis's Word document (issue 15): the co-units' shares of the quarter's
 * closed periods by unit (on time, late, missing) and the acceptance of each lead unit's tasks.
 */
import type { Paragraph, Table } from 'docx';
import type { QuarterlyResponsibility } from '../../../domain/quarterly-responsibility';
import { bodyParagraph, formatCount, officialTable } from '../../documents/official-format';

/** Whether the section has anything to say. */
export function hasResponsibilityFigures(
  r: QuarterlyResponsibility | undefined,
): r is QuarterlyResponsibility {
  return r !== undefined && (r.shares.length > 0 || r.acceptance.length > 0);
}

/** The paragraphs and tables after the section heading. */
export function quarterlyResponsibilityBlocks(r: QuarterlyResponsibility): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  if (r.shares.length > 0) {
    const sum = (k: 'owed' | 'onTime' | 'late' | 'missing') => r.shares.reduce((s, u) => s + u[k], 0);
    out.push(
      bodyParagraph(
        `本季度配合单位应报送分报${formatCount(sum('owed'))}份，按时报送${formatCount(sum('onTime'))}份、` +
          `逾期报送${formatCount(sum('late'))}份、未报送${formatCount(sum('missing'))}份。`,
        { keepNext: true },
      ),
      officialTable(
        [
          { header: '配合单位', widthMm: 62, align: 'left' },
          { header: '应报', widthMm: 24 },
          { header: '按时', widthMm: 24 },
          { header: '逾期', widthMm: 24 },
          { header: '未报', widthMm: 22 },
        ],
        r.shares.map((u) => [
          u.unitName,
          formatCount(u.owed),
          formatCount(u.onTime),
          formatCount(u.late),
          formatCount(u.missing),
        ]),
      ),
    );
  }
  if (r.acceptance.length > 0) {
    out.push(
      bodyParagraph('各牵头单位任务验收情况如下：', { keepNext: true }),
      officialTable(
        [
          { header: '牵头单位', widthMm: 46, align: 'left' },
          { header: '申请验收', widthMm: 20 },
          { header: '通过', widthMm: 18 },
          { header: '提出意见后通过', widthMm: 22 },
          { header: '退回', widthMm: 18 },
          { header: '平均用时（天）', widthMm: 20 },
          { header: '待验收', widthMm: 12 },
        ],
        r.acceptance.map((u) => [
          u.unitName,
          formatCount(u.requested),
          formatCount(u.accepted),
          formatCount(u.acceptedWithRemarks),
          formatCount(u.returned),
          u.averageDaysToAccept === null ? '—' : String(u.averageDaysToAccept),
          formatCount(u.waiting),
        ]),
      ),
    );
  }
  return out;
}
