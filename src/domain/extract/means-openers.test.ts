import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { opensWithMeans } from './means-openers.js';

const tasks = (text: string): string[] =>
  extractDocument(text, { meetingDate: '2031-02-20' }).tasks.map((t) => t.text.slice(0, 10));

describe('opensWithMeans', () => {
  it('以X为引领/抓手/突破，then a verb that acts', () => {
    expect(opensWithMeans('以园区建设为引领，推进产业转型升级。')).toBe(true);
    expect(opensWithMeans('以集镇建设为突破，统筹城乡协调发展，为全镇“壮骨”。')).toBe(true);
  });
  it('not a judgement nor a means with no act after it', () => {
    expect(opensWithMeans('以项目建设为抓手，是我们多年来的经验。')).toBe(false);
    expect(opensWithMeans('以人为本是我们的宗旨。')).toBe(false);
  });
});

describe('a paragraph of measures opened by their means', () => {
  const text = [
    '全镇要抢抓先机，追赶超越，率先发展。',
    '明确发展任务。以园区建设为引领，推进产业转型升级，促进产业融合发展。以集镇建设为突破，统筹城乡协调发展，为全镇“壮骨”。以民生建设为根本，切实推进共享发展。',
  ].join('\n');
  it('drafts one task per measure', () => {
    const drafted = tasks(text);
    expect(drafted).toContain('以园区建设为引领，推');
    expect(drafted).toContain('以集镇建设为突破，统');
    expect(drafted).toContain('以民生建设为根本，切');
  });
});
