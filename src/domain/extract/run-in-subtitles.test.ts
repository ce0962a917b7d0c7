import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { isRunInSubTitle } from './run-in-subtitles.js';

describe('isRunInSubTitle', () => {
  it('reads a short sentence without a clause or a figure as a sub-title', () => {
    expect(isRunInSubTitle('以路网提档夯实交通基础。')).toBe(true);
    expect(isRunInSubTitle('做强茶叶特色产业')).toBe(true);
  });
  it('leaves a sentence with a clause, a figure, or opened by a pronoun', () => {
    expect(isRunInSubTitle('以路网提档，夯实基础。')).toBe(false);
    expect(isRunInSubTitle('全年新建道路12公里。')).toBe(false);
    expect(isRunInSubTitle('这是全镇的头等大事。')).toBe(false);
  });
});

describe('a run-in sub-title inside a report item, its line breaks lost', () => {
  it('opens a task of its own instead of running into the measure before', () => {
    const text =
      '二、2031年主要任务（一）壮大镇域经济。推进新型工业化，新增规上工业企业5家。以路网提档夯实交通基础。以集镇为中心，村道为支线，加快农村公路提质改造。';
    const tasks = extractDocument(text, { meetingDate: '2031-02-10' }).tasks.map((t) => t.text);
    expect(tasks.some((t) => t.startsWith('以路网提档夯实交通基础。'))).toBe(true);
    expect(tasks.some((t) => t.startsWith('推进新型工业化') && t.includes('以路网提档'))).toBe(false);
  });
});
