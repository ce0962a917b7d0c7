import { describe, expect, it } from 'vitest';
import { findHeadingPoints } from './inline-headings.js';
import { announcesPoints, listsLabel, opensWithTitle } from './titled-points.js';

describe('titled aspect points (一是步子快。…)', () => {
  it('a short first sentence with no clause break is a title', () => {
    expect(opensWithTitle('步子快。预计增长X%。')).toBe(true);
    expect(opensWithTitle('严峻形势的要求。现在…')).toBe(true);
  });

  it('a first sentence with a comma, or a long one, is an argument, not a title', () => {
    expect(opensWithTitle('加强组织领导，明确责任。')).toBe(false);
    expect(opensWithTitle('坚持以经济建设为中心不动摇并且全面推进各项改革事业。')).toBe(false);
    expect(opensWithTitle('新引进总部企业X家；三是…')).toBe(false);
  });

  it('titled points with bodies, inside one paragraph, are subsection headings', () => {
    const text = '一是步子快。预计增长X%。指标靠前。二是底子实。工业增长X%。效能增强。';
    expect(findHeadingPoints(text)).toEqual([0, text.indexOf('二是')]);
  });

  it('one sentence each, titled or not: items of a list', () => {
    expect(findHeadingPoints('一是步子快。二是底子实。三是样子靓。')).toEqual([]);
    expect(findHeadingPoints('一是加强领导，明确责任。要定期调度。二是强化考核，严格奖惩。要通报。')).toEqual(
      [],
    );
  });

  it('a lone titled point after a colon that announces several points is the first of them', () => {
    expect(announcesPoints('主要基于三个方面的考虑：')).toBe(true);
    expect(announcesPoints('今天我讲几点意见：')).toBe(true);
    expect(announcesPoints('工作的重点是：')).toBe(false);
    const text = '主要基于三个方面的考虑：一是严峻形势的要求。现在企业面临挑战。我们必须清醒。';
    expect(findHeadingPoints(text)).toEqual([text.indexOf('一是')]);
    // Without the announcement a lone point is not enough to open a subsection.
    expect(findHeadingPoints('会议提出：一是严峻形势的要求。现在企业面临挑战。我们必须清醒。')).toEqual([]);
  });

  it('titled points right after a label and its colon are the items of the label', () => {
    expect(listsLabel('成效明显。“三个加快”：')).toBe(true);
    expect(listsLabel('主要基于三个方面的考虑：')).toBe(false);
    expect(listsLabel('特征不断显现。')).toBe(false);
    expect(
      findHeadingPoints('“三个加快”：一是结构调整加快。全年增长X%。比重上升。二是项目落地加快。新开工X个。'),
    ).toEqual([]);
  });

  it('a review announcing its aspects by their count (以下几个亮点：) opens the first of them (seventh pass)', () => {
    expect(announcesPoints('具体来看，主要有以下几个亮点：')).toBe(true);
    expect(announcesPoints('上半年经济运行呈现三个特点：')).toBe(true);
    // A quoted label still lists its items.
    expect(announcesPoints('实现了“三个突破”：')).toBe(false);
    const text = '主要有以下几个亮点：一是农业生产稳中有升。粮食播种面积稳定。畜牧业产值增长。';
    expect(findHeadingPoints(text)).toEqual([text.indexOf('一是')]);
  });
});
