import { describe, expect, it } from 'vitest';
import { draftTasksFrom } from './drafts';
import { extractDocument } from './extract/index';

describe('the due date of a draft and where it comes from', () => {
  const text = [
    '同志们：',
    '一、明年重点工作',
    '要深化改革，优化营商环境。',
    '要加快建设产业园区，6月底前建成投运。',
  ].join('\n');
  const drafts = draftTasksFrom(extractDocument(text, { meetingDate: '2026-12-01' }), '2026-12-01');

  it('a speech at the turn of the year that plans 明年: undated drafts are due at the end of next year', () => {
    expect(drafts[0]).toMatchObject({ dueDate: '2027-12-31', dueDateSource: 'section' });
    expect(drafts[1]).toMatchObject({ dueDate: '2027-06-30', dueDateSource: 'stated' });
  });

  it('flags a draft whose heading was found in the middle of a line', () => {
    const joined = draftTasksFrom(
      extractDocument('同志们：今天开会。一、重点工作 要深化改革。', { meetingDate: '2026-12-01' }),
      '2026-12-01',
    );
    expect(joined[0]?.headingUncertain).toBe(true);
    expect(drafts[0]?.headingUncertain).toBe(false);
  });
});
