import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { classifyText } from './section-kind.js';
import { opensDirective } from './task-sentences.js';

describe('要 that tells no one to act', () => {
  it('in a noun: 第一要务, 要义; 要务实 still directs', () => {
    expect(classifyText('安全生产是第一要务。')).toBe('neutral');
    expect(classifyText('这是新发展理念的核心要义。')).toBe('neutral');
    expect(classifyText('各级干部要务实担当。')).toBe('plan');
  });

  it('in a condition stated as a fact; a condition with a directive still directs', () => {
    expect(classifyText('没有项目，要保持增长就无从谈起，就难以为继。')).toBe('neutral');
    expect(opensDirective('没有人才，要实现赶超就不可能。')).toBe(false);
    expect(classifyText('要实现目标，就必须加快项目建设。')).toBe('plan');
    expect(opensDirective('要加快项目建设，年底前开工10个。')).toBe(true);
  });

  it('a judgement inside a plan section drafts no task', () => {
    const text = [
      '一、全力抓好项目建设',
      '没有项目，要稳增长就没有支撑。',
      '要加快推进，年内开工项目20个。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2026-03-10' });
    expect(result.tasks.map((t) => t.text)).toEqual(['要加快推进，年内开工项目20个。']);
  });
});
