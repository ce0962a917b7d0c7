import { describe, expect, it } from 'vitest';
import { pairAsciiQuotes } from './ascii-quotes.js';
import { extractDocument } from './index.js';

describe('ASCII double quotes read as “ ” (issue 19, sixth pass)', () => {
  it('pairs quotes in Chinese text, in order, one character for one', () => {
    expect(pairAsciiQuotes('到"十五五"末,深入实施"千万工程"')).toBe('到“十五五”末,深入实施“千万工程”');
    expect(pairAsciiQuotes('say "hello" there')).toBe('say "hello" there');
    expect(pairAsciiQuotes('他说"好')).toBe('他说"好');
  });

  it('a five-year plan in ASCII quotes dates its target', () => {
    const text = '一、抓产业\n要壮大主导产业,新培育亿元以上企业5家。到"十五五"末,全县工业总产值突破500亿元。';
    const { tasks } = extractDocument(text, { meetingDate: '2026-12-20' });
    const target = tasks.flatMap((t) => t.targets).find((t) => t.value === 500);
    expect(target?.deadline).toBe('2030-12-31');
  });
});
