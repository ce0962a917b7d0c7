import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { inheritOpeningSubsectionKind } from './opening-subsection-kind.js';
import type { ExtractedSection } from './types.js';

function section(id: string, number: string, kind: ExtractedSection['kind'], parentId: string | null = null) {
  return { id, parentId, level: parentId === null ? 1 : 2, number, title: '标题', kind, uncertain: false };
}

describe('inheritOpeningSubsectionKind', () => {
  it('gives the opening subsection of an excerpt the kind of the next one at its level', () => {
    const sections = [
      section('s1', '三', 'other'),
      section('s2', '四', 'plan'),
      section('s3', '一', 'plan', 's2'),
    ];
    inheritOpeningSubsectionKind(sections);
    expect(sections[0]?.kind).toBe('plan');
  });
  it('leaves a first section numbered 一, one with a parent, one with a kind, or no sibling that tells', () => {
    const first = [section('s1', '一', 'other'), section('s2', '二', 'plan')];
    inheritOpeningSubsectionKind(first);
    expect(first[0]?.kind).toBe('other');
    const review = [section('s1', '三', 'review'), section('s2', '四', 'plan')];
    inheritOpeningSubsectionKind(review);
    expect(review[0]?.kind).toBe('review');
    const alone = [section('s1', '三', 'other'), section('s2', '一', 'plan', 's1')];
    inheritOpeningSubsectionKind(alone);
    expect(alone[0]?.kind).toBe('other');
  });
});

describe('an excerpt whose first subsection has no telling word', () => {
  const text = [
    '（二）促进城乡融合发展。联动推进片区开发和产业布局，深入推进小城镇建设。',
    '（三）加快推动全面绿色转型。建设低碳园区，完善生态补偿机制。',
    '（四）加快提升民生保障水平。扩大公共服务供给，健全社会救助体系。',
  ];
  for (const [i, lead] of ['', '某县十五五规划纲要（摘录）\n', '第3页\n'].entries()) {
    it(`drafts its measures like its siblings' (variant ${String(i)})`, () => {
      const { tasks } = extractDocument(lead + text.join('\n'), { meetingDate: '2031-02-10' });
      const texts = tasks.map((t) => t.text);
      expect(texts.some((t) => t.startsWith('联动推进片区开发'))).toBe(true);
      expect(texts.some((t) => t.startsWith('建设低碳园区'))).toBe(true);
    });
  }
});
