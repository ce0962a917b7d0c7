import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { IndicatorFigures, QuarterlyAnalysis } from '../../../domain/quarterly-charts';
import { buildQuarterlyDocx } from './quarterly-docx';

const indicator = (i: number, reported: number | null): IndicatorFigures => ({
  taskId: String(i),
  code: `2024-QW-${String(i).padStart(3, '0')}`,
  title: '任务',
  unitName: '区发展和改革委员会',
  indicator: `指标${i}号`,
  unit: '个',
  comparator: '>=',
  target: 100,
  reported,
  ratio: reported === null ? null : reported,
});

const analysis = (indicators: IndicatorFigures[]): QuarterlyAnalysis => ({
  year: 2024,
  quarter: 3,
  from: '2024-07-01',
  to: '2024-09-30',
  asOf: '2024-09-30',
  districtName: '示范区',
  byCategory: [],
  bySource: [],
  byUnit: [],
  trend: [],
  indicators,
  summary: ['本季度共有任务0项。'],
});

const textOf = async (a: QuarterlyAnalysis) =>
  (
    await mammoth.extractRawText({
      buffer: await buildQuarterlyDocx(a, [], {
        issuingOffice: '区委区政府督查室',
        issuedDate: '2024-10-08',
      }),
    })
  ).value;

describe('the quarterly Word file with many targets', () => {
  it('lists every target up to 30', async () => {
    const text = await textOf(
      analysis(Array.from({ length: 30 }, (_, i) => indicator(i + 1, i % 2 ? null : 50 + i))),
    );
    expect(text).toContain('指标30号');
    expect(text).not.toContain('下表列出');
  });

  it('past 30 lists the 15 least achieved and says so', async () => {
    const text = await textOf(
      analysis(Array.from({ length: 40 }, (_, i) => indicator(i + 1, i < 20 ? 20 + i : null))),
    );
    expect(text).toContain('指标共40项，下表列出完成度最低的15项');
    expect(text).toContain('指标1号');
    expect(text).toContain('指标15号');
    expect(text).not.toContain('指标16号');
    expect(text).not.toContain('指标40号');
  });

  it('past 30 with nothing reported says so instead of an empty table', async () => {
    const text = await textOf(analysis(Array.from({ length: 40 }, (_, i) => indicator(i + 1, null))));
    expect(text).toContain('指标共40项，截至2024年9月30日均未报送数值。');
    expect(text).not.toContain('指标1号');
  });
});
