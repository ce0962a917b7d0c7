/** The blockers (堵点) paragraphs of the bulletin and the quarterly analysis, from computeBlockerSummary. */
import type { Paragraph } from 'docx';
import type { BlockerSummary } from '../../domain/blocker-summary';
import { bodyParagraph, formatChineseDate, formatCount, numberedParagraph } from './official-format';

const levelWords = { unit: '责任单位', leader: '包联领导', meeting: '项目例会', committee: '常委会/常务会' };

/** A sentence of the figures, then the oldest blockers still open, numbered. */
export function blockerSummaryParagraphs(s: BlockerSummary): Paragraph[] {
  const average = s.avgDaysToClear === null ? '' : `，平均解决用时${s.avgDaysToClear}天`;
  const closed = s.closed > 0 ? `，不予解决关闭${formatCount(s.closed)}个` : '';
  const lines = [
    bodyParagraph(
      `本期新反映堵点问题${formatCount(s.opened)}个，解决销号${formatCount(s.cleared)}个${average}${closed}；` +
        `截至期末仍有${formatCount(s.stillOpen)}个未解决。`,
      { keepNext: s.oldestOpen.length > 0 },
    ),
  ];
  if (s.oldestOpen.length > 0) {
    lines.push(bodyParagraph('历时最长的未解决堵点：', { keepNext: true }));
    s.oldestOpen.forEach((b, i) =>
      lines.push(
        numberedParagraph(
          i + 1,
          `${b.subjectName ? `${b.subjectName}：` : ''}${b.title}（责任单位：${b.ownerUnitName}，` +
            `当前在${levelWords[b.level]}层级），${formatChineseDate(b.raisedOn)}提出，已历时${formatCount(b.ageDays)}天。`,
        ),
      ),
    );
  }
  return lines;
}
