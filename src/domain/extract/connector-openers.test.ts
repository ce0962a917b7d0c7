import { describe, expect, it } from 'vitest';
import { opensWithConnector } from './connector-openers.js';
import { extractDocument } from './index.js';

describe('a sentence that opens with 同时/此外 opens a task (issue 19, sixth pass)', () => {
  it('a connector of addition at the start, then a job', () => {
    expect(opensWithConnector('同时，加快建设滨江数字经济产业园，引进企业30家。')).toBe(true);
    expect(opensWithConnector('此外，还将新建社区食堂12个。')).toBe(true);
    expect(opensWithConnector('与此同时，启动老城区雨污分流改造。')).toBe(true);
  });

  it('同时 inside a sentence, or a bare connector, is no new task', () => {
    expect(opensWithConnector('加快建设产业园，同时做好招商引资。')).toBe(false);
    expect(opensWithConnector('同时，做好。')).toBe(false);
  });

  it('in a news report without 要, 同时 splits the paragraph into two tasks', () => {
    const text =
      '在产业发展上，滨江区将聚焦两大主导产业，力争新增规上工业企业40家。同时，加快建设滨江数字经济产业园，年内引进企业30家以上。';
    const { tasks } = extractDocument(text, { meetingDate: '2025-01-15' });
    expect(tasks.map((t) => t.text.slice(0, 6))).toEqual(['在产业发展上', '同时，加快建']);
  });
});
