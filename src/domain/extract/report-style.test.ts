import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { directs, isReportItem } from './report-style.js';

const heads = (text: string): string[] =>
  extractDocument(text, { meetingDate: '2031-02-10' }).tasks.map((t) => t.text.slice(0, 4));

describe("a report's item or a speech's, decided by its sentences (issue 19, tenth pass)", () => {
  it('要 inside 重要, 主要, 需要 directs no one', () => {
    expect(directs('建设西部重要的农机装备基地。')).toBe(false);
    expect(directs('保障主要农产品供给。')).toBe(false);
    expect(directs('各乡镇要压实责任。')).toBe(true);
    expect(directs('务必守住安全底线。')).toBe(true);
  });

  it('an item mostly opened by measure verbs is a report’s despite one 要 in passing', () => {
    expect(isReportItem(['新建冷链仓库12座。', '完善县乡村三级物流网络。', '我们要让山货走得更远。'])).toBe(
      true,
    );
    expect(isReportItem(['要抓好农田水利建设。', '推进渠系配套改造。', '实施高效节水灌溉。'])).toBe(false);
    expect(isReportItem(['各乡镇要压实责任。', '加快推进项目。', '各部门要加强协调配合。'])).toBe(false);
  });

  it("splits a report's item with 重要 into one task per measure", () => {
    const text = [
      '一、2031年重点工作',
      '（一）壮大装备制造',
      '建设西部重要的农机装备基地，引进整机企业3家。培育零部件配套企业集群。完善首台套产品推广机制。',
    ].join('\n');
    expect(heads(text)).toEqual(['建设西部', '培育零部', '完善首台']);
  });

  it("splits a report's item whose one sentence holds 要 after a comma, or closes with 我们要", () => {
    const text = [
      '一、2031年重点工作',
      '（一）加大科技投入',
      '市级科技经费增长10%。经费安排不能平均用力，要集中支持种业和农机攻关。设立成果转化引导基金。推广科技特派员制度。',
      '（二）做优山区物流',
      '新建冷链仓库12座。完善县乡村三级物流网络。推广山区客货邮融合模式。我们要让山里的好东西走得更远。',
    ].join('\n');
    expect(heads(text)).toEqual([
      '市级科技',
      '经费安排',
      '设立成果',
      '推广科技',
      '新建冷链',
      '完善县乡',
      '推广山区',
      '我们要让',
    ]);
  });

  it("keeps a speech's item together: it opens with its directive, or several units are told what to do", () => {
    const opened = [
      '一、2031年重点工作',
      '（一）抓好农田水利',
      '要全力抓好农田水利建设。推进渠系配套改造。实施高效节水灌溉。',
    ].join('\n');
    expect(heads(opened)).toHaveLength(1);
    const units = [
      '一、2031年重点工作',
      '（一）抓好农田水利',
      '水利局要牵头制定改造方案。推进渠系配套改造。各乡镇要落实管护责任。',
    ].join('\n');
    expect(heads(units)).toEqual(['水利局要', '各乡镇要']);
  });
});
