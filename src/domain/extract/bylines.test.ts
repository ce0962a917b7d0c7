import { describe, expect, it } from 'vitest';
import { stripBylines } from './bylines.js';
import { extractDocument } from './index.js';

const mapped = (text: string) => ({ text, map: [...text].map((_, i) => i) });

describe('a news page’s byline is page furniture', () => {
  it('is cut out of its line, wherever it stands', () => {
    expect(stripBylines(mapped('本报讯（记者王芳通讯员李强）12日，区政府召开常务会议。')).text).toBe(
      '本报讯12日，区政府召开常务会议。',
    );
    expect(stripBylines(mapped('要加快建设。（来源：区融媒体中心）')).text).toBe('要加快建设。');
    // Brackets that say something else stay.
    expect(stripBylines(mapped('新建学校（含幼儿园）3所。')).text).toBe('新建学校（含幼儿园）3所。');
  });

  it('a byline joined to the last plan sentence drafts no task', () => {
    const text = '今年全区要新开工项目30个。完成老旧小区改造12个。（区融媒体中心记者 陈晨）';
    const result = extractDocument(text, { meetingDate: '2026-02-10' });
    expect(result.tasks.map((t) => t.text).join('|')).not.toContain('记者');
  });
});
