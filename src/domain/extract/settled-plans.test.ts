import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { classifyText } from './section-kind.js';

describe('targets said to be settled are the plan in force (issue 19, eighth pass)', () => {
  it('目标任务已经明确 is no account of the past; 已经完成 still is', () => {
    expect(classifyText('今年的目标任务已经明确，各部门要抓好落实。')).toBe('plan');
    expect(classifyText('全年计划已下达，各镇要细化措施。')).toBe('plan');
    expect(classifyText('全年目标任务已经完成，各部门要总结经验。')).toBe('review');
  });

  it('the directive after it is a task', () => {
    const text = '县长指出，今年的主要指标和重点任务已经明确，各乡镇要紧盯年度目标，全力以赴抓落实。';
    const tasks = extractDocument(text, { meetingDate: '2025-01-20' }).tasks.map((t) => t.text);
    expect(tasks).toEqual([text]);
  });
});
