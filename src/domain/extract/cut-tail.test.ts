import { describe, expect, it } from 'vitest';
import { dropCutTail } from './cut-tail.js';

const line = (text: string) => ({ text, map: [...text].map((_c, i) => i) });
const texts = (lines: string[]) => dropCutTail(lines.map(line)).map((l) => l.text);

describe('a few characters cut off at the end of an excerpt (issue 19, fifth pass)', () => {
  it('are dropped after the last sentence end, or as a last paragraph of their own', () => {
    expect(texts(['综合实力大幅跃升。2021年全'])).toEqual(['综合实力大幅跃升。']);
    expect(texts(['综合实力大幅跃升。', '2021年全'])).toEqual(['综合实力大幅跃升。']);
  });

  it('a longer cut sentence or a clause stays', () => {
    expect(texts(['提供有力支撑；要充分发挥考核'])).toEqual(['提供有力支撑；要充分发挥考核']);
    expect(texts(['综合实力大幅跃升。要加快建设项目'])).toEqual(['综合实力大幅跃升。要加快建设项目']);
  });
});
