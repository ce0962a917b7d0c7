import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { reportsProgress } from './progress-reports.js';

describe('progress measured against a plan reports where the work stands', () => {
  it('a share of the year’s plan, a lead over the schedule, a plan already exceeded', () => {
    expect(reportsProgress('5个县级重点项目完成投资8.2亿元，完成年度计划的86%。')).toBe(true);
    expect(reportsProgress('一季度完成工业产值12亿元，占全年计划的23%。')).toBe(true);
    expect(reportsProgress('38家规上企业实现产值9亿元，完成年度计划21.5%。')).toBe(true);
    expect(reportsProgress('1-9月，50个重点项目完成投资30亿元，为年度计划的71%。')).toBe(true);
    expect(reportsProgress('税收收入均超序时进度运行。')).toBe(true);
    expect(reportsProgress('重点项目投资领先时间进度5个百分点。')).toBe(true);
    expect(reportsProgress('招商引资已超额完成全年目标任务。')).toBe(true);
    expect(reportsProgress('提前一个月完成年度征收任务。')).toBe(true);
  });

  it('a directive about the plan, or a plan with its own figure, is no report', () => {
    expect(reportsProgress('各镇街要确保超额完成全年目标任务。')).toBe(false);
    expect(reportsProgress('力争提前两个月完成年度投资计划。')).toBe(false);
    expect(reportsProgress('全年计划新建学校3所。')).toBe(false);
  });

  it('a section of such reports drafts no task and no target', () => {
    const text = [
      '一、认清形势，增强加快发展的紧迫感',
      '一是投资增势良好。5个县级重点项目完成投资8.2亿元，完成年度计划的86%；城建项目投资超序时进度运行。',
      '二是工业稳中有进。规上工业产值领先时间进度3个百分点，提前一个月完成年度技改任务。',
      '二、突出重点，全力冲刺全年目标',
      '要加快项目建设，年底前新开工项目10个。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2025-11-10' });
    expect(result.sections[0]?.kind).not.toBe('plan');
    expect(result.sections.slice(1).map((s) => s.kind)).toEqual(['review', 'review', 'plan']);
    expect(result.tasks.map((t) => t.text)).toEqual(['要加快项目建设，年底前新开工项目10个。']);
  });
});
