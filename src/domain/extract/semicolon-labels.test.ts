import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { splitSemicolonLabels } from './semicolon-labels.js';

const mapped = (text: string) => ({ text, map: [...text].map((_, i) => i) });

describe('labelled lines ended by ； and joined (issue 19, eighth pass)', () => {
  it('each labelled item is a paragraph again; a sentence not opened by a label stays whole', () => {
    const joined = '城镇新增就业：5000人，责任单位为县人社局；新建停车位：800个；农村改厕：1200户。';
    expect(splitSemicolonLabels(mapped(joined)).map((p) => p.text)).toEqual([
      '城镇新增就业：5000人，责任单位为县人社局；',
      '新建停车位：800个；',
      '农村改厕：1200户。',
    ]);
    const sentence = '要新建停车位800个；其中：公共停车位500个。';
    expect(splitSemicolonLabels(mapped(sentence)).map((p) => p.text)).toEqual([sentence]);
  });

  it('each item of the joined list is a task of its own', () => {
    const text =
      '一、年度指标城镇新增就业：5000人，责任单位为县人社局；新建停车位：800个，责任单位为县住建局；农村改厕：1200户，责任单位为县农业农村局。';
    const tasks = extractDocument(text, { meetingDate: '2025-03-01' }).tasks;
    expect(tasks).toHaveLength(3);
  });
});
