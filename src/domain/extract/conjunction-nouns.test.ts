import { describe, expect, it } from 'vitest';
import { conjunctionNounOpening } from './conjunction-nouns.js';
import { readNounAfter } from './indicators.js';
import { extractDocument } from './index.js';

describe('conjunctionNounOpening', () => {
  it('finds a noun that opens with a conjunction character', () => {
    expect(conjunctionNounOpening('和美村庄。')).toBe(2);
    expect(conjunctionNounOpening('和谐社区，')).toBe(2);
  });
  it('leaves a conjunction before a number or a verb', () => {
    expect(conjunctionNounOpening('和10个')).toBe(0);
    expect(conjunctionNounOpening('和改造10个')).toBe(0);
  });
  it('lets the noun after a count read through it', () => {
    expect(readNounAfter('和美村庄，')).toBe('和美村庄');
    expect(readNounAfter('示范村和美丽庭院')).toBe('示范村');
  });
});

describe('a count of nouns that open with 和', () => {
  for (const [i, lead] of ['', '推进乡村建设，', '统筹城乡发展。实施乡村建设行动，'].entries()) {
    it(`names the second item by its own noun (offset ${String(i)})`, () => {
      const text = `二、2031年重点工作\n（一）建设宜居乡村\n${lead}建成12个示范片区、300个和美村庄、40个和谐社区。`;
      const targets = extractDocument(text, { meetingDate: '2031-01-20' }).tasks.flatMap((t) => t.targets);
      expect(targets.map((t) => `${String(t.value)}:${t.indicator}`)).toEqual([
        '12:建成示范片区',
        '300:建成和美村庄',
        '40:建成和谐社区',
      ]);
    });
  }
});
