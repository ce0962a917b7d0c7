import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { opensReportedPlan } from './reported-plans.js';

describe("a reporter's lead before a plan opens a task (issue 19, sixth pass)", () => {
  it('…表示/说/介绍，据了解，记者…获悉，followed by a plan of the future', () => {
    expect(opensReportedPlan('周强表示，今年东城区将新建口袋公园15个。')).toBe(true);
    expect(opensReportedPlan('据了解，东城区还将实施老旧管网改造工程。')).toBe(true);
    expect(opensReportedPlan('记者从区发改局获悉，全区今年计划实施重点项目90个。')).toBe(true);
  });

  it('a quoted judgement or a lead with no plan after it opens nothing', () => {
    expect(opensReportedPlan('周强说，这一年极不平凡。')).toBe(false);
    expect(opensReportedPlan('新建口袋公园15个。')).toBe(false);
  });

  it('in a joined news page, each relayed plan is a task of its own', () => {
    const text =
      '周强表示，今年东城区将新建口袋公园15个。同时，加快推进滨河步道建设，完成河道治理8公里。据了解，东城区还将实施老旧管网改造工程，改造燃气管道60公里。';
    const { tasks } = extractDocument(text, { meetingDate: '2025-02-10' });
    expect(tasks.map((t) => t.text.slice(0, 4))).toEqual(['周强表示', '同时，加', '据了解，']);
    expect(tasks.flatMap((t) => t.targets.map((g) => g.value))).toEqual([15, 8, 60]);
  });
});
