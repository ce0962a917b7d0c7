import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { announcesList, isNonTaskSentence, isRelayTitle, opensTask } from './task-sentences.js';

const taskTexts = (text: string, meetingDate = '2024-12-20') =>
  extractDocument(text, { meetingDate }).tasks.map((t) => t.text);

describe('sentences that are not tasks', () => {
  it.each([
    '首先，我代表区四大班子，给大家拜个晚年，祝大家在新的一年里身体健康、工作顺利！',
    '在此，我代表区委、区政府，向节日期间坚持工作的同志们表示衷心感谢！',
    '今天，我们在这里召开中共__区委__届二次全委会议，会议的主要内容是部署明年工作。',
    '会议的主要任务是：以学习实践科学发展观为动力，研究和部署2009年的目标任务。',
    '刚才，几位分管领导分别就各自分管工作进行了部署，各乡镇、各部门要认真学习，抓好落实。',
    '2024年是实现“十四五”规划目标任务的关键一年。',
    '对当前的经济形势，我们必须有清醒的认识。',
    '实践证明，全会确定的目标任务是符合实际的。',
    '事实充分表明，全区干部群众是能打硬仗的。',
  ])('%s', (sentence) => {
    expect(isNonTaskSentence(sentence)).toBe(true);
  });

  it('keeps the sentences that ask someone to do something', () => {
    expect(isNonTaskSentence('高新区要加快“退二进三”步伐，加大重大项目招引。')).toBe(false);
    expect(isNonTaskSentence('明年要实施重点项目60个以上，完成投资100亿元。')).toBe(false);
    expect(isNonTaskSentence('实践证明，抓落实必须敢于担当，各级领导干部要带头攻坚。')).toBe(false);
  });

  it('drafts nothing from the opening, the greetings or the closing remarks of a speech with headings', () => {
    const text = [
      '同志们：',
      '今天召开全区领导干部大会。首先，我代表区委给大家拜个晚年。全区各单位要迅速行动起来。',
      '一、抓项目',
      '要新建学校3所。',
      '同志们，新的一年是我们大建设、大突破、大发展的一年，任务艰巨，责任重大，让我们奋力开创新局面！',
    ].join('\n');
    expect(taskTexts(text)).toEqual(['要新建学校3所。']);
  });

  it('drafts nothing from a section that relays another meeting or another leader’s words', () => {
    expect(isRelayTitle('市委书记王三堂讲话主要精神')).toBe(true);
    expect(isRelayTitle('全市暑期工作总结暨市旅发委第五次全体（扩大）会议精神')).toBe(true);
    expect(isRelayTitle('认真贯彻全会精神，推动高质量发展')).toBe(false);
    const text =
      '一、市委重要会议精神\n一要正确把握形势。要站位全局。要深化理念。二要对标先进。要解决问题。要强化举措。\n二、我区贯彻意见\n要新建学校3所。';
    expect(taskTexts(text)).toEqual(['要新建学校3所。']);
  });
});

describe('where one task ends and the next begins', () => {
  it('a subject followed by 要 opens a new task; a sentence without one continues the task', () => {
    expect(opensTask('高新区要加快“退二进三”步伐。')).toBe(true);
    expect(opensTask('五个新型工业园区要加快完善规划。')).toBe(true);
    expect(opensTask('项目推进上，严格落实挂钩联系制度。')).toBe(false);
    expect(opensTask('这是一项重要工作。')).toBe(false);
    expect(
      taskTexts('一、抓载体\n高新区要加快步伐。园区要完善规划，扩体量。农科园要建设平台。'),
    ).toHaveLength(3);
  });

  it('after 重点做好…工作： each sentence is a task, and the parts of a target list split at ； stay together', () => {
    expect(announcesList('重点做好十个方面工作：推动成渝地区双城经济圈建设走深走实。')).toBe(true);
    const text =
      '2024年主要预期目标是：地区生产总值增长6%左右；城镇新增就业85万人，城镇调查失业率5.5%左右；粮食产量保持在715亿斤以上。\n重点做好三个方面工作：推动区域协调发展。打造西部地区创新高地。切实保障和改善民生。';
    const tasks = extractDocument(text, { meetingDate: '2024-01-22' }).tasks;
    expect(tasks.map((t) => t.text.slice(0, 8))).toEqual([
      '2024年主要预',
      '重点做好三个方面',
      '打造西部地区创新',
      '切实保障和改善民',
    ]);
    expect(tasks[0]?.targets.map((t) => `${t.value ?? ''}${t.unit}`)).toEqual([
      '6%',
      '85万人',
      '5.5%',
      '715亿斤',
    ]);
  });
});

describe('page noise run into the text', () => {
  it('an editor’s credit and share links are not tasks', () => {
    expect(isNonTaskSentence('（责编：袁菡苓、高红霞）分享让更多人看到返回顶部')).toBe(true);
  });
});

describe('task boundaries inside a sentence (issue 19, third pass)', () => {
  it('steps enumerated inside one sentence (首先…；其次…；最后…) stay one task', () => {
    expect(
      taskTexts(
        '一、抓民生\n要建成区第二人民医院，首先，完成主体工程；其次，完成设备采购；最后，10月前开诊运营。',
      ),
    ).toEqual(['要建成区第二人民医院，首先，完成主体工程；其次，完成设备采购；最后，10月前开诊运营。']);
  });

  it('a subject + 要 after an adverbial of scope opens a task', () => {
    expect(opensTask('对重点任务，区政府督查室要跟踪督办，按季度通报。')).toBe(true);
    expect(opensTask('对工作不力的，严肃问责。')).toBe(false);
  });

  it('several subjects joined by 、 before 要 open a task (issue 19, sixth pass)', () => {
    expect(opensTask('区委督查室、区政府督查室要对重点工作实行月调度、季通报。')).toBe(true);
    expect(opensTask('各镇、各部门、各园区要压实责任。')).toBe(true);
    expect(opensTask('抓招商、抓项目、抓服务，一环扣一环。')).toBe(false);
  });

  it("a report's verb of saying and a topic (…方面，) may precede the subject + 要 (issue 19, sixth pass)", () => {
    expect(opensTask('报告说，政府自身建设方面，全区各级政府部门要加强作风建设。')).toBe(true);
    expect(opensTask('区长表示，要加快项目建设。')).toBe(true);
    expect(opensTask('政府自身建设方面，成效明显。')).toBe(false);
  });

  it('但也要看到，… describes the situation (issue 19, sixth pass)', () => {
    expect(isNonTaskSentence('但也要看到，全区还有8个重点项目进度滞后。')).toBe(true);
    expect(isNonTaskSentence('我们要看到，困难比预想的多。')).toBe(true);
    expect(isNonTaskSentence('要看准方向，加快转型。')).toBe(false);
  });
});

describe('lists announced inside a sentence and closing remarks on one line (issue 19, third pass)', () => {
  it('一是…，二是…，三是… after a colon inside one sentence stay with the sentence that announces them', () => {
    const tasks = taskTexts(
      '一、总体要求\n做好明年工作，要把握好三个方面：一是坚持稳中求进，二是坚持改革创新，三是坚持系统观念。',
    );
    expect(tasks).toEqual([
      '做好明年工作，要把握好三个方面：一是坚持稳中求进，二是坚持改革创新，三是坚持系统观念。',
    ]);
  });

  it('each 一是… sentence after a colon is still an item of its own', () => {
    expect(taskTexts('一、重点工作\n重点做好以下工作：一是加快项目建设。二是优化营商环境。')).toHaveLength(2);
  });

  it('同志们， after a sentence end opens the closing remarks even without a line break', () => {
    const tasks = taskTexts(
      '一、重点工作\n要加快项目建设。同志们，明年的任务十分繁重。我们要以时不我待的紧迫感，奋力开创新局面！',
    );
    expect(tasks).toEqual(['要加快项目建设。']);
  });

  it('各位代表， opens the closing remarks of a report to a congress, on its own line or not (sixth pass)', () => {
    const closing =
      '各位代表，做好今年的工作，任务艰巨，使命光荣。让我们团结一心、真抓实干，为建设现代化新城区而努力奋斗！';
    expect(taskTexts(`一、重点工作\n要加快项目建设。\n${closing}`)).toEqual(['要加快项目建设。']);
    expect(taskTexts(`一、重点工作\n要加快项目建设。${closing}`)).toEqual(['要加快项目建设。']);
  });
});

describe('a judgement led by 可以说 (issue 19, fifth pass)', () => {
  it('is no task unless it directs', () => {
    expect(isNonTaskSentence('可以说，赢了项目，不仅赢了今天，更是赢了未来；')).toBe(true);
    expect(isNonTaskSentence('可以说，各单位要把项目建设摆在首位。')).toBe(false);
  });
});

describe('news reports of a meeting (issue 19, fifth pass)', () => {
  it('a speaker’s verb of saying before 要 opens a task', () => {
    expect(opensTask('方小雄强调，要会商研判、精准施策，聚焦重点项目。')).toBe(true);
    expect(opensTask('会议要求，要全力做好年底前安全生产工作。')).toBe(true);
    expect(opensTask('方小雄主持会议并讲话。')).toBe(false);
  });

  it('page furniture (我要打印, 阅读次数) is no task', () => {
    expect(isNonTaskSentence('【信息时间：2022-12-21 09:41 阅读次数：【字号 我要打印 关闭')).toBe(true);
  });

  it('outside any section, a sentence with no marker continues the requirement before it', () => {
    const text = [
      '12月19日，区长主持召开讨论会。区领导出席会议。',
      '区长要求，要科学确定明年工作目标和任务。进一步科学精准测算，锻长板补弱项。要争分夺秒抓好项目推进。',
    ].join('\n');
    const tasks = extractDocument(text, { meetingDate: '2022-12-19' }).tasks.map((t) => t.text);
    expect(tasks).toEqual([
      '区长要求，要科学确定明年工作目标和任务。进一步科学精准测算，锻长板补弱项。',
      '要争分夺秒抓好项目推进。',
    ]);
  });
});
