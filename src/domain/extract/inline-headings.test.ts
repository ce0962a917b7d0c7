import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import {
  findHeadingPoints,
  findParagraphPoints,
  runOnPointStart,
  splitInlineHeadings,
} from './inline-headings.js';

const para = (text: string) => ({ text, map: [...text].map((_c, i) => i) });
const titles = (text: string) =>
  extractDocument(text, { meetingDate: '2024-12-20' }).sections.map((s) => `${s.level}${s.title}`);

describe('headings inside a line', () => {
  it('cuts a paragraph at a formal heading that continues the numbering, after a sentence end', () => {
    const pieces = splitInlineHeadings([
      para(
        '会议的主要任务是总结工作。一、2008年工作的回顾2008年，全区经济增长。（一）五项建设取得重大成效园区建设成效显著。',
      ),
    ]);
    expect(pieces.map((p) => p.text.slice(0, 6))).toEqual(['会议的主要任', '一、2008', '（一）五项建']);
    expect(pieces[1]?.midLine).toBe(true);
  });

  it('does not take a number out of sequence for a heading (三、 with no 二、 before it)', () => {
    expect(splitInlineHeadings([para('全区经济增长。三、二产业发展较快。')])).toHaveLength(1);
  });

  it('finds the headings of a PDF copy on one line, flagged as uncertain', () => {
    const sections = extractDocument(
      '同志们：今天召开会议。一、总体要求 要坚持稳中求进。二、主要任务 要新建学校3所。',
      {
        meetingDate: '2024-12-20',
      },
    ).sections;
    expect(sections.map((s) => s.number)).toEqual(['一', '二']);
    expect(sections.every((s) => s.uncertain)).toBe(true);
  });
});

describe('ordinal and dash points: subsection headings or list items, by what follows', () => {
  it('一要… with a body of several sentences under each point: subsection headings', () => {
    const text =
      '一、稳增长。一要推进项目建设。项目招引上，组织招商活动。项目推进上，落实挂钩制度。二要推进载体建设。高新区要加快步伐。园区要完善规划。';
    expect(titles(text)).toEqual(['1稳增长', '2推进项目建设', '2推进载体建设']);
  });

  it('一要… one sentence each: items of a list, no headings', () => {
    expect(findHeadingPoints('一要推进项目建设；二要推进载体建设；三要优化环境。')).toEqual([]);
    expect(findHeadingPoints('一要推进项目建设。二要推进载体建设。三要优化环境。')).toEqual([]);
  });

  it('一是… aspects that argue (no title sentence), even with long bodies, are items of the paragraph', () => {
    expect(
      findHeadingPoints('一是坚持稳中求进，预计增长X%。指标靠前。二是夯实底子，工业增长X%。效能增强。'),
    ).toEqual([]);
  });

  it('——要… with bodies: subsections titled by their first clause', () => {
    const text =
      '一、抓落实。——要立足于实，统筹兼顾。实事求是是根本。各单位要对照检查。——要着眼于效，注重结果。要定期通报。要严格考核。';
    expect(titles(text)).toEqual(['1抓落实', '2要立足于实', '2要着眼于效']);
  });

  it('第一，要… and 首先要…其次要… with bodies are subsections too', () => {
    expect(
      findHeadingPoints(
        '第一，要巩固成果。疏解功能是关键。要持续推进。第二，要扩大成果。要加强统筹。要抓好落实。',
      ),
    ).toHaveLength(2);
    expect(
      findHeadingPoints(
        '首先，要统一思想。思想是行动的先导。要深入学习。其次，要压实责任。要层层分解。要定期督查。',
      ),
    ).toHaveLength(2);
  });

  it('points under a heading that is itself a subsection are the items it announces', () => {
    const text =
      '一、认真贯彻全会精神\n1、要着力把握两个重点。一要坚持发展。要加快转型。要注重质量。二要坚持统筹。要兼顾各方。要保持稳定。';
    expect(titles(text)).toEqual(['1认真贯彻全会精神', '2要着力把握两个重点']);
  });
});

describe('a document pasted without any line break', () => {
  it('keeps its front matter apart and finds headings after a colon or right after another heading', () => {
    const body = '今天召开全会，主要任务是部署明年工作。'.repeat(12);
    const text = `文章标题：区委书记在全会上的讲话（2024年12月20日）同志们：${body}一、市委重要会议精神（一）全市会议精神。会议部署了工作。二、我区工作安排重点抓好以下工作：（一）加快构建产业体系1.做强先进制造业。要新增企业50家。`;
    const result = extractDocument(text, { meetingDate: '2024-12-20' });
    expect(result.document.title).toBe('区委书记在全会上的讲话');
    expect(result.sections.map((s) => `${s.level}${s.number}`)).toEqual(['1一', '2一', '1二', '2一', '31']);
  });
});

describe('points that each open a paragraph, and points run on after a heading title (issue 19, third pass)', () => {
  it('——要… and 首先，要… paragraphs with bodies are subsections, at any depth', () => {
    expect(
      findParagraphPoints([
        '——要稳定扩大就业。就业是民生。要落实政策。',
        '——要办好教育。要新建学校。',
        '——要织密保障网。',
      ]),
    ).toEqual(
      new Map([
        [0, 0],
        [1, 0],
        [2, 0],
      ]),
    );
    const text = [
      '三、抓民生',
      '（三）千方百计保障和改善民生。',
      '——要稳定扩大就业。就业是最基本的民生。要落实援企稳岗政策。',
      '——要办好人民满意的教育。要新建中小学4所。要推进集团化办学。',
    ].join('\n');
    expect(titles(text)).toEqual([
      '1抓民生',
      '2千方百计保障和改善民生',
      '3要稳定扩大就业',
      '3要办好人民满意的教育',
    ]);
  });

  it('a lone point paragraph, or point paragraphs of one sentence each, stay items', () => {
    expect(findParagraphPoints(['——要稳定扩大就业。就业是民生。要落实政策。', '一、抓发展'])).toEqual(
      new Map(),
    );
    expect(findParagraphPoints(['首先，要提高站位。', '其次，要狠抓落实。', '最后，要廉洁从政。'])).toEqual(
      new Map(),
    );
  });

  it('首先…其次…最后 inside one sentence are items', () => {
    expect(
      findParagraphPoints(['要建成医院，首先，完成主体工程；其次，完成设备采购；最后，10月前开诊。']),
    ).toEqual(new Map());
  });

  it('a point right after a heading title with no punctuation of its own opens the run', () => {
    expect(runOnPointStart('四、锤炼过硬作风，确保各项任务落到实处一要着眼大局抓落实。', 2)).toBe(19);
    expect(runOnPointStart('四、锤炼过硬作风。一要着眼大局抓落实。', 2)).toBeNull();
    const text =
      '四、锤炼过硬作风，确保各项任务落到实处一要着眼大局抓落实。各级要增强大局意识。要建立台账。二要敢于担当抓落实。要坚持问题导向。要完善机制。';
    expect(titles(text)).toEqual([
      '1锤炼过硬作风，确保各项任务落到实处',
      '2着眼大局抓落实',
      '2敢于担当抓落实',
    ]);
  });

  it('a sub-heading runs on after a heading title that has commas', () => {
    const text =
      '一、抓发展\n三、突出重点，统筹兼顾，扎实做好明年各项工作（一）坚定不移抓产业升级。要实施技术改造。';
    expect(titles(text)).toContain('2坚定不移抓产业升级');
  });
});

describe('首先…其次…最后 runs (issue 19, third pass)', () => {
  it('最后 closes a run after 其次, inside one paragraph', () => {
    expect(
      findHeadingPoints(
        '首先，要提高站位。要对标对表。其次，要狠抓落实。要对照清单。最后，要廉洁从政。要压减经费。',
      ),
    ).toHaveLength(3);
  });

  it('a point run on after a heading title starts a run of point paragraphs', () => {
    expect(
      findParagraphPoints([
        '三、改进作风，切实提高政府执行力首先，要提高站位。政府工作人员要对标对表。',
        '其次，要狠抓落实。各部门要对照任务清单。',
        '最后，要廉洁从政。',
      ]),
    ).toEqual(
      new Map([
        [0, 16],
        [1, 0],
        [2, 0],
      ]),
    );
  });
});
