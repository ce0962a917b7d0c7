import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { afterManner } from './manner-openers.js';

describe('a measure opened by how it is done (issue 19, fifteenth pass)', () => {
  it('reads past a manner word', () => {
    expect(afterManner('高效办理施工许可。')).toBe('办理施工许可。');
    expect(afterManner('全链条提升冷链服务。')).toBe('提升冷链服务。');
    expect(afterManner('重点推动园区扩容。')).toBe('推动园区扩容。');
    expect(afterManner('营商环境持续优化。')).toBeNull();
  });

  it("splits a report's paragraph at a measure opened by a manner word", () => {
    const text = [
      '一、2031年重点工作',
      '（一）优化营商环境',
      '深化审批制度改革，推行承诺制。全链条提升冷链物流服务水平，降低流通成本。高质量建设企业服务中心，推动政策直达。',
    ].join('\n');
    const tasks = extractDocument(text, { meetingDate: '2031-02-10' }).tasks.map((t) => t.text.slice(0, 4));
    expect(tasks).toEqual(['深化审批', '全链条提', '高质量建']);
  });
});
