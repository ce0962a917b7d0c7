import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { pursuesStatedTargets } from './target-means.js';

describe('how the targets will be reached plans (issue 19, eighth pass)', () => {
  it('为实现上述目标，… / 为完成全年目标，… open a plan sentence', () => {
    expect(pursuesStatedTargets('为实现上述目标，县长指出，一是抓项目；二是优环境。')).toBe(true);
    expect(pursuesStatedTargets('为完成全年目标任务，各乡镇聚焦招商引资。')).toBe(true);
    expect(pursuesStatedTargets('为民服务是我们的目标。')).toBe(false);
  });

  it('is a task of its own even when the line breaks were lost', () => {
    const text =
      '县长说，今年主要预期目标是地区生产总值增长6%左右。县长强调，要守住安全底线。为实现上述目标，县长指出，一是聚焦项目建设，扩大有效投资；二是聚焦民生改善，办好实事。';
    const tasks = extractDocument(text, { meetingDate: '2025-01-20' }).tasks.map((t) => t.text);
    expect(tasks).toHaveLength(3);
    expect(tasks[2]).toMatch(/^为实现上述目标/);
  });
});
