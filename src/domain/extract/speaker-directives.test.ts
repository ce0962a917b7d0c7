import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { opensSpeakerDirective } from './speaker-directives.js';

describe('a speaker’s lead before a directive opens a task', () => {
  it('the directive may come after a judgement of the speaker’s', () => {
    expect(opensSpeakerDirective('李明说，项目是发展的生命线，各镇要盯紧开工节点。')).toBe(true);
    expect(opensSpeakerDirective('会议强调，安全生产是底线，必须压实责任。')).toBe(true);
    expect(opensSpeakerDirective('李明说，今年的成绩来之不易。')).toBe(false);
    expect(opensSpeakerDirective('李明说，发展是第一要务。')).toBe(false);
  });

  it('a joined news page keeps one task per requirement', () => {
    const text =
      '李明要求，要抓紧修改完善方案。李明说，项目是发展的生命线，各镇要盯紧开工节点，确保年内开工20个。';
    const result = extractDocument(text, { meetingDate: '2026-03-10' });
    expect(result.tasks.map((t) => t.text.slice(0, 4))).toEqual(['李明要求', '李明说，']);
  });
});
