import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { pairedTitle } from './paired-titles.js';

const titles = (text: string): string[] =>
  extractDocument(text, { meetingDate: '2031-07-15' }).sections.map((s) => `${s.number}:${s.title}`);

describe('pairedTitle', () => {
  it('reads two short phrases joined by one comma as a title', () => {
    expect(pairedTitle('以“集镇”为主阵地，带动“乡村兴旺”计划。围绕…')).toBe(
      '以“集镇”为主阵地，带动“乡村兴旺”计划。',
    );
    expect(pairedTitle('认清防汛形势严峻复杂，切实绷紧安全度汛这根弦。各村…')).toBe(
      '认清防汛形势严峻复杂，切实绷紧安全度汛这根弦。',
    );
  });
  it('leaves a sentence of three clauses or a long clause', () => {
    expect(pairedTitle('加强领导，压实责任，严格考核。')).toBeNull();
    expect(pairedTitle('围绕全镇防汛抗旱和地质灾害防治的各项工作任务，压实责任。')).toBeNull();
  });
});

describe('a lone first point with a paired title, its line breaks lost', () => {
  it('第一，要… with two phrases opens a subsection when no 第二 follows', () => {
    const text =
      '同志们：下面，我讲两点意见。一、统一思想，凝聚共识，扎实做好汛期各项工作今年入汛以来，全镇降雨偏多。第一，要认清防汛形势严峻复杂，切实绷紧安全度汛这根弦。全镇山塘水库多。各村要逐一排查隐患。防汛物资要提前备足';
    expect(titles(text)).toContain('一:要认清防汛形势严峻复杂，切实绷紧安全度汛这根弦');
  });
  it('一是… with two phrases after a colon that announces several aspects', () => {
    const text =
      '今年全镇工作的主要预期目标是：地区生产总值增长6%。围绕上述目标，我们将重点抓好以下五个方面工作：一是以“集镇”为主阵地，带动“乡村兴旺”计划。推进集镇扩容提质，新建农贸市场1个。完善集镇供水管网';
    expect(titles(text)).toEqual(['一:以“集镇”为主阵地，带动“乡村兴旺”计划']);
  });
  it('leaves a lone 一是 with a paired title when no colon announces the aspects', () => {
    const text =
      '全镇上下要奋力冲刺。一是以“集镇”为主阵地，带动“乡村兴旺”计划。推进集镇扩容提质，新建农贸市场1个。完善集镇供水管网';
    expect(titles(text)).toEqual([]);
  });
});
