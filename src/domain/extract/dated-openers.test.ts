import { describe, expect, it } from 'vitest';
import { opensWithOwnDate } from './dated-openers.js';
import { extractDocument } from './index.js';

describe('a sentence that opens with its own date opens a task (issue 19, sixth pass)', () => {
  it('a date, a comma and a job of its own', () => {
    expect(opensWithOwnDate('6月底前，开工建设城东物流园二期。')).toBe(true);
    expect(opensWithOwnDate('年底前，建成投用青山科创中心。')).toBe(true);
    expect(opensWithOwnDate('到2025年，战略性新兴产业产值占规上工业比重达到45%。')).toBe(true);
    expect(opensWithOwnDate('到“十五五”末，全县工业总产值突破500亿元。')).toBe(true);
  });

  it('a date followed by a completion, or no comma, stays with the job before', () => {
    expect(opensWithOwnDate('年底前，全部完成。')).toBe(false);
    expect(opensWithOwnDate('年底前，基本完成整治任务。')).toBe(false);
    expect(opensWithOwnDate('年底前建成投用青山科创中心。')).toBe(false);
  });

  it('the dated sentence keeps its date, and does not lend it to the targets before it', () => {
    const text = [
      '一、加快产业升级',
      '新增规上工业企业35家，数字经济核心产业增加值增长12%。到2025年，战略性新兴产业产值占规上工业比重达到45%。',
    ].join('\n');
    const { tasks } = extractDocument(text, { meetingDate: '2024-01-20' });
    expect(tasks).toHaveLength(2);
    expect(tasks[0]?.targets.map((t) => t.deadline)).toEqual(['2024-12-31', '2024-12-31']);
    expect(tasks[1]?.text).toContain('战略性新兴产业');
    expect(tasks[1]?.deadline).toBe('2025-12-31');
  });
});
