import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  answerScore,
  codeAlphabet,
  codeFromBytes,
  minReliableAnswers,
  normalizeCode,
  reviewFlags,
  summarize,
  surveyResults,
} from './surveys';

describe('answer scores', () => {
  it('puts five points on 0–100 evenly and refuses values off the scale', () => {
    expect([1, 2, 3, 4, 5].map((v) => answerScore('five_point', v))).toEqual([0, 25, 50, 75, 100]);
    expect(answerScore('five_point', 0)).toBeNull();
    expect(answerScore('five_point', 6)).toBeNull();
    expect(answerScore('five_point', 2.5)).toBeNull();
    expect(answerScore('five_point', 'satisfied')).toBeNull();
  });
  it('scores three levels 100 / 60 / 0', () => {
    expect(answerScore('three_level', 'satisfied')).toBe(100);
    expect(answerScore('three_level', 'basically_satisfied')).toBe(60);
    expect(answerScore('three_level', 'dissatisfied')).toBe(0);
    expect(answerScore('three_level', 3)).toBeNull();
  });
});

describe('summaries', () => {
  it('gives the mean and the 95% margin from the sample deviation', () => {
    // Mean 50; sample variance ((50²)·2)/1 = 5000 → sd 70.71; margin 1.96·70.71/√2 = 98.
    expect(summarize([0, 100])).toEqual({ count: 2, mean: 50, margin: 98, reliable: false });
    expect(summarize([80])).toEqual({ count: 1, mean: 80, margin: null, reliable: false });
    expect(summarize([])).toEqual({ count: 0, mean: null, margin: null, reliable: false });
  });
  it('relies on a mean from the minimum number of answers on', () => {
    expect(summarize(Array(minReliableAnswers - 1).fill(75)).reliable).toBe(false);
    const enough = summarize(Array(minReliableAnswers).fill(75));
    expect(enough).toEqual({ count: minReliableAnswers, mean: 75, margin: 0, reliable: true });
  });
});

describe('results per subject', () => {
  const questions = [
    { id: 'q1', scale: 'five_point' as const },
    { id: 'q2', scale: 'three_level' as const },
  ];
  it('weighs each question the same, skips voided answers and values off the scale', () => {
    const results = surveyResults(questions, [
      { subjectId: 'U1', voided: false, values: { q1: 5, q2: 'satisfied' } },
      { subjectId: 'U1', voided: false, values: { q1: 3 } },
      { subjectId: 'U1', voided: false, values: { q1: 4, q2: 'dissatisfied' } },
      { subjectId: 'U1', voided: true, values: { q1: 1, q2: 'dissatisfied' } },
      { subjectId: 'U1', voided: false, values: { q1: 9 } },
      { subjectId: 'U2', voided: false, values: { q2: 'basically_satisfied' } },
    ]);
    const u1 = results.find((r) => r.subjectId === 'U1');
    // q1: 100, 50, 75 → 75; q2: 100, 0 → 50; score (75 + 50) / 2 = 62.5. The off-scale answer scored nothing.
    expect(u1?.byQuestion.q1?.mean).toBe(75);
    expect(u1?.byQuestion.q2?.mean).toBe(50);
    expect(u1?.score).toBe(62.5);
    expect(u1?.respondents).toBe(3);
    const u2 = results.find((r) => r.subjectId === 'U2');
    expect(u2?.score).toBe(60);
    expect(u2?.byQuestion.q1?.count).toBe(0);
  });
});

describe('one-time codes', () => {
  it('are ten symbols of the alphabet in two groups, and read back as themselves', () => {
    for (let i = 0; i < 200; i++) {
      const code = codeFromBytes(randomBytes(16));
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);
      expect(normalizeCode(code)).toBe(code);
    }
  });
  it('are read as people type them: lower case, spaces, no dash, full-width', () => {
    const code = codeFromBytes(randomBytes(16));
    const plain = code.replace('-', '');
    expect(normalizeCode(plain.toLowerCase())).toBe(code);
    expect(normalizeCode(` ${plain.slice(0, 3)} ${plain.slice(3)} `)).toBe(code);
    const fullWidth = [...plain].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    expect(normalizeCode(fullWidth)).toBe(code);
  });
  it('tell a typo from a code: one wrong symbol or two swapped neighbours fail the check', () => {
    const code = codeFromBytes(randomBytes(16)).replace('-', '');
    for (let i = 0; i < 10; i++) {
      const other = codeAlphabet[
        (codeAlphabet.indexOf(code[i] as string) + 1) % codeAlphabet.length
      ] as string;
      expect(normalizeCode(code.slice(0, i) + other + code.slice(i + 1))).toBeNull();
    }
    for (let i = 0; i < 9; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + (code[i + 1] as string) + (code[i] as string) + code.slice(i + 2);
      expect(normalizeCode(swapped)).toBeNull();
    }
    expect(normalizeCode('ABCDE')).toBeNull();
    expect(normalizeCode('0OIL1-23456')).toBeNull();
  });
  it('skips the bytes that would favour some symbols', () => {
    const bytes = new Uint8Array([255, 248, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(codeFromBytes(bytes).slice(0, 5)).toBe('23456');
    expect(() => codeFromBytes(new Uint8Array([250, 251, 252, 253, 254, 255, 249, 248, 0]))).toThrow(
      RangeError,
    );
  });
});

describe('review flags of open-link answers', () => {
  const at = (minute: number) => Date.UTC(2026, 11, 1, 9, minute);
  it('flags a second answer from one source and a burst, never codes or phone answers', () => {
    const flags = reviewFlags(
      [
        { id: 'a', channel: 'link', sourceHash: 'S1', at: at(0) },
        { id: 'b', channel: 'link', sourceHash: 'S1', at: at(30) },
        { id: 'c', channel: 'link', sourceHash: 'S2', at: at(40) },
        { id: 'd', channel: 'link', sourceHash: 'S3', at: at(41) },
        { id: 'e', channel: 'link', sourceHash: 'S4', at: at(42) },
        { id: 'f', channel: 'code', sourceHash: 'S1', at: at(42) },
        { id: 'g', channel: 'phone', sourceHash: null, at: at(42) },
      ],
      2,
      5,
    );
    expect(flags.get('a')).toBeUndefined();
    expect(flags.get('b')).toEqual(['duplicate_source']);
    expect(flags.get('c')).toEqual(['burst']);
    expect(flags.get('d')).toEqual(['burst']);
    expect(flags.get('e')).toEqual(['burst']);
    expect(flags.get('f')).toBeUndefined();
    expect(flags.get('g')).toBeUndefined();
  });
  it('does not call a run a burst when it stays within the count', () => {
    const flags = reviewFlags(
      [
        { id: 'a', channel: 'link', sourceHash: 'S1', at: at(0) },
        { id: 'b', channel: 'link', sourceHash: 'S2', at: at(1) },
        { id: 'c', channel: 'link', sourceHash: 'S3', at: at(10) },
      ],
      2,
      5,
    );
    expect(flags.size).toBe(0);
  });
});
