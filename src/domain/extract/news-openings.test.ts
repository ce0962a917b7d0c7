import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { relaysRequirements } from './news-openings.js';

const tasks = (text: string): string[] =>
  extractDocument(text, { meetingDate: '2031-08-20' }).tasks.map((t) => t.text.slice(0, 12));

describe('relaysRequirements', () => {
  it('a news paragraph relaying a speaker who requires, no salutation in the text', () => {
    expect(
      relaysRequirements('王明强调，各乡镇要树牢抓项目意识。', '王明强调，各乡镇要树牢抓项目意识。'),
    ).toBe(true);
  });
  it('not a speech (a salutation anywhere), nor the noun 要求', () => {
    const speech = '在全县大会上的讲话同志们：王书记提出了明确的责任和要求，大家要认真学习。';
    expect(relaysRequirements('王书记强调，大家要认真学习。', speech)).toBe(false);
    expect(
      relaysRequirements(
        '提出了明确具体的责任和要求，大家要认真学习。',
        '提出了责任和要求，大家要认真学习。',
      ),
    ).toBe(false);
  });
});

describe('the requirements before a news report’s numbered points draft tasks', () => {
  const text = [
    '8月18日，县委召开全体（扩大）会议，总结上半年工作，安排部署下半年任务。',
    '县委书记王明强调，以项目建设引领发展全局，是全县的中心工作。各乡镇、各部门要牢固树立抓项目就是抓发展的意识，千方百计上项目。一要围绕特色产业抓项目，壮大县域实力。集中力量突破一批重大项目。加快培育龙头企业。二要围绕基础设施抓项目，补齐发展短板。加快建设县城环线。完善农村供水管网。',
  ].join('\n');
  it('各乡镇、各部门要… before 一要… is a task, as in a news page without points', () => {
    expect(tasks(text)).toContain('各乡镇、各部门要牢固树立');
  });
  it('the same words in a speech’s opening after 同志们： stay the opening', () => {
    const speech = `同志们：\n${text.split('\n')[1] ?? ''}`;
    expect(tasks(speech)).not.toContain('各乡镇、各部门要牢固树立');
  });
});
