import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { continuesEnumeration } from './wrapped-enumerations.js';

const news =
  '2月5日，县委全会召开。会议认为，过去一年全县经济社会发展成效明显，各项事业全面进步，群众获得感持续增强。会议指出，今年要重点抓好三项工作。一是抓产业，做大做强主导产业，新增规上企业15家；二是抓项目，全年实施重点项目100个，完成投资80亿元；三是抓民生，办好十件民生实事。县委书记在讲话中要求，全县上下要一以贯之抓落实，全力以赴完成各项任务。会议审议通过了全会决议，号召全县上下团结一心、奋勇争先，为建设现代化新县城而努力奋斗。';

/** The news cut into lines of 33 characters, its county named so that a line ends at the semicolon before 二是. */
function wrappedAtThePoint(): string {
  const at = news.indexOf('二是');
  const padded = news.replace('县委全会', `${'某'.repeat((33 - (at % 33)) % 33)}县委全会`);
  const lines: string[] = [];
  for (let i = 0; i < padded.length; i += 33) lines.push(padded.slice(i, i + 33));
  return lines.join('\n');
}

describe('continuesEnumeration', () => {
  it('runs a line ending at a semicolon on into the next point of its enumeration', () => {
    expect(
      continuesEnumeration('抓好三项工作。一是抓产业，新增规上企业15家；', '二是抓项目，实施项目100个；'),
    ).toBe(true);
    expect(continuesEnumeration('一要抓产业，新增企业15家，', '二要抓项目。')).toBe(true);
  });
  it('leaves a line ending a sentence, a point out of order, or a paragraph without the point before', () => {
    expect(continuesEnumeration('一是抓产业，新增规上企业15家。', '二是抓项目。')).toBe(false);
    expect(continuesEnumeration('一是抓产业，新增规上企业15家；', '三是抓民生。')).toBe(false);
    expect(continuesEnumeration('会议要求统一思想；', '二是抓项目。')).toBe(false);
  });
});

describe('a news page with 一是…；二是… wrapped at the semicolon', () => {
  it('invents no heading', () => {
    const text = wrappedAtThePoint();
    expect(text).toMatch(/；\n二是/);
    expect(extractDocument(text, { meetingDate: '2031-02-06' }).sections).toEqual([]);
  });
});
