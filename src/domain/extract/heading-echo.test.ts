import { describe, expect, it } from 'vitest';
import { echoesSectionTitle } from './heading-echo.js';
import { extractDocument } from './index.js';

describe("a sentence that only repeats its section's title (issue 19, sixth pass)", () => {
  it('matches the title without punctuation, only when a body follows, never a requirement title', () => {
    expect(
      echoesSectionTitle(
        '坚持一个“稳”字，全力保持经济平稳发展。',
        '坚持一个"稳"字,全力保持经济平稳发展',
        true,
      ),
    ).toBe(true);
    expect(
      echoesSectionTitle(
        '坚持一个“稳”字，全力保持经济平稳发展。',
        '坚持一个“稳”字，全力保持经济平稳发展',
        false,
      ),
    ).toBe(false);
    expect(echoesSectionTitle('要巩固扩大治理成果。', '要巩固扩大治理成果', true)).toBe(false);
    expect(echoesSectionTitle('加快项目建设。', '全力稳增长', true)).toBe(false);
  });

  it('the title echo and the background after it draft nothing; the requirement after them does', () => {
    const text = [
      '一、突出一个“快”字，全力推动项目落地见效。新形势下，项目竞争日趋激烈，稳投资面临不少困难和压力。各街道、各部门要牢固树立项目为王的理念，全力以赴抓招引、促开工。',
      '二、突出一个“实”字，全力办好民生实事。年内新建社区养老服务站8个。',
    ].join('\n');
    const { tasks } = extractDocument(text, { meetingDate: '2026-02-10' });
    expect(tasks.map((t) => t.text.slice(0, 7))).toEqual(['各街道、各部门', '年内新建社区养']);
  });
});
