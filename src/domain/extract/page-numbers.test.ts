import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { dropStrayPageNumbers } from './page-numbers.js';

const line = (text: string) => ({ text, map: [...text].map((_c, i) => i) });
const texts = (lines: string[]) => dropStrayPageNumbers(lines.map(line)).map((l) => l.text);

describe('page numbers of a document-sharing site at the start of a line (issue 19, fourth pass)', () => {
  it('cuts a number out of sequence that follows a line cut mid-sentence', () => {
    expect(texts(['要加快传统产业改造升级，推动全区制造业向智能', '2、绿色方向转型。'])).toEqual([
      '要加快传统产业改造升级，推动全区制造业向智能',
      '绿色方向转型。',
    ]);
  });

  it('cuts the marks even when they run in order (2、 then 3、)', () => {
    expect(
      texts(['要新开工项目20个，完成年度投资任务', '2、目标，推动全区投资结构持续', '3、优化。']),
    ).toEqual(['要新开工项目20个，完成年度投资任务', '目标，推动全区投资结构持续', '优化。']);
  });

  it('pages of one long line each, numbered 1、 2、 3、: all three marks are cut', () => {
    const pages = [
      '1、在全区工作会议上的讲话 同志们：这次会议开得很成功，达到了预期目的。会议审议的决定切合我区',
      '2、实际，思路清晰，措施有力。下面，我就贯彻落实讲三点意见，供同志们在工作中',
      '3、参考。',
    ];
    expect(texts(pages)).toEqual([
      '在全区工作会议上的讲话 同志们：这次会议开得很成功，达到了预期目的。会议审议的决定切合我区',
      '实际，思路清晰，措施有力。下面，我就贯彻落实讲三点意见，供同志们在工作中',
      '参考。',
    ]);
  });

  it('cuts the 1、 of the first page also when a line of the site comes before it (issue 19, fifth pass)', () => {
    const pages = [
      '《在全区工作会议上的讲话.docx》由会员分享，可在线阅读。',
      '1、在全区工作会议上的讲话 同志们：这次会议开得很成功，达到了预期目的。会议审议的决定切合我区',
      '2、实际，思路清晰，措施有力。下面，我就贯彻落实讲三点意见，供同志们在工作中',
      '3、参考。',
    ];
    expect(texts(pages)[1]).toBe(
      '在全区工作会议上的讲话 同志们：这次会议开得很成功，达到了预期目的。会议审议的决定切合我区',
    );
    // Without marks after it, a 1、 after the site's line is kept.
    expect(texts(['《讲话.docx》由会员分享。', '1、抓项目。要新开工项目20个。'])[1]).toBe(
      '1、抓项目。要新开工项目20个。',
    );
  });

  it('keeps a numbered heading after a heading line or a finished sentence', () => {
    const kept = ['1、抓项目，推动全区固定资产投资稳步增长', '2、抓环境。要优化营商环境。'];
    expect(texts(kept)).toEqual(kept);
    const afterSentence = ['要加快传统产业改造升级，推动制造业转型。', '2、抓环境。要优化营商环境。'];
    expect(texts(afterSentence)).toEqual(afterSentence);
  });

  it('cuts a mark out of sequence after a short unfinished line', () => {
    expect(texts(['推动制造业向高端', '2、绿色方向转型。'])).toEqual(['推动制造业向高端', '绿色方向转型。']);
    const kept = ['1、抓项目。', '明年工作重点', '2、抓环境。'];
    expect(texts(kept)).toEqual(kept);
  });

  it('keeps a quantity at the start of a wrapped line', () => {
    const kept = ['明年全区要新建改建中小学和幼儿园共计', '2所，新增学位三千个。'];
    expect(texts(kept)).toEqual(kept);
  });

  it('drafts no heading from the page number, and the sentence stays whole', () => {
    const text = [
      '一、抓好产业转型',
      '要加快传统产业改造升级，推动全区制造业向智能',
      '2、绿色方向转型，明年新增智能工厂5家。',
      '3',
      '二、抓好城市建设',
      '要改造老旧小区10个。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2025-12-20' });
    expect(result.sections.map((s) => s.title)).toEqual(['抓好产业转型', '抓好城市建设']);
    expect(result.tasks[0]?.text).toContain('向智能绿色方向转型');
  });
});

describe('page marks in a hard-wrapped copy', () => {
  it('counts the unfinished sentence over the short lines before the mark', () => {
    expect(texts(['1、抓项目。', '要新开工项目20个，完成年度投', '资任务目标', '2、推动结构优化。'])).toEqual(
      ['1、抓项目。', '要新开工项目20个，完成年度投', '资任务目标', '推动结构优化。'],
    );
  });
});

describe('the first page of a wrapped document-sharing copy', () => {
  it('cuts its 1、 once 2、 and 3、 were page marks, and finds the title and salutation after it', () => {
    const text = [
      '1、在区委全会第二次全体会议上的讲话 同志们：这次全会审议通过了工作报告',
      '和决定。下面，我讲两点意见。一、统一思想。要把思想统一到全会精神上来，推动全区发展',
      '2、迈上新台阶。二、狠抓落实。明年要新建学校3所，改造老旧小区10个，确保全区上下团结',
      '3、一心完成任务。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2026-12-20' });
    expect(result.document.title).toBe('在区委全会第二次全体会议上的讲话');
    expect(result.sections.map((s) => s.title)).toEqual(['统一思想', '狠抓落实']);
  });
});
