import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { reportsProceedings } from './meeting-proceedings.js';

describe('the proceedings of a congress are no task (issue 19, eighth pass)', () => {
  it('根据会议议程，大会审查了…, 会议听取了…, 全会审议通过了… report what the meeting did', () => {
    expect(reportsProceedings('根据会议议程，大会审查了2025年计划草案的报告。')).toBe(true);
    expect(reportsProceedings('会议还听取了县财政局关于预算执行情况的汇报。')).toBe(true);
    expect(reportsProceedings('全会审议通过了《决议》。')).toBe(true);
    expect(reportsProceedings('会议要求，要抓好计划执行。')).toBe(false);
  });

  it('a news page’s last sentence naming the plan report drafts nothing', () => {
    const text = [
      '县长作政府工作报告时说，今年要新建学校3所。',
      '根据会议议程，大会审查了县国民经济和社会发展计划执行情况和2025年计划草案的报告。',
    ].join('\n');
    const tasks = extractDocument(text, { meetingDate: '2025-01-20' }).tasks.map((t) => t.text);
    expect(tasks).toEqual(['县长作政府工作报告时说，今年要新建学校3所。']);
  });

  it('the news lead that a meeting was held and who attended it are no task; a directive there still is', () => {
    expect(reportsProceedings('3月5日上午，县政府召开全年目标任务推进会。')).toBe(true);
    expect(reportsProceedings('县长主持会议并讲话，各乡镇主要负责人参加会议。')).toBe(true);
    expect(reportsProceedings('3月5日，县政府召开推进会，要求各乡镇要抓好落实。')).toBe(false);
    const text = [
      '县政府召开全年目标任务推进会',
      '3月5日上午，县政府召开全年目标任务推进会。县长李明主持会议并讲话，各乡镇主要负责人参加会议。',
      '李明强调，要全力抓好项目建设。',
    ].join('');
    const tasks = extractDocument(text, { meetingDate: '2025-03-05' }).tasks.map((t) => t.text);
    expect(tasks).toEqual(['李明强调，要全力抓好项目建设。']);
  });
});
