import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { titleIsOnlyTask } from './title-task.js';

const tasks = (text: string) => extractDocument(text, { meetingDate: '2019-02-20' }).tasks.map((t) => t.text);

describe('a requirement title whose body states no requirement of its own (issue 19, fifth pass)', () => {
  it('is the only task of its section, and is drafted', () => {
    expect(
      titleIsOnlyTask('要巩固扩大“基本无违法建设城区”重大成果', '疏解功能，是治理的“牛鼻子”。在疏'),
    ).toBe(true);
    const text = [
      '同志们：',
      '一、巩固扩大成果。我们要把来之不易的成果总结提升。第一，要巩固扩大“基本无违法建设城区”重大成果。疏解功能是治理的关键，规划提出了减量发展的要求。在疏解非首都功能上',
    ].join('\n');
    expect(tasks(text).some((t) => t.includes('基本无违法建设城区'))).toBe(true);
  });

  it('names the section and drafts nothing when the body carries the tasks', () => {
    expect(titleIsOnlyTask('要着眼大局抓落实', '各单位要统筹落实好各项工作任务。')).toBe(false);
    expect(titleIsOnlyTask('要着眼大局抓落实', '加快建设现代化都市圈。')).toBe(false);
    // A title that is a phrase, not a requirement (（一）坚定不移抓产业升级。…), is never the task.
    expect(titleIsOnlyTask('坚定不移抓产业升级', '产业是根本。')).toBe(false);
  });
});
