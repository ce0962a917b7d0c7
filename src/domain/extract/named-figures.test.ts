import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { namesForum } from './named-figures.js';

const targetsOf = (body: string) =>
  extractDocument(['一、2031年重点工作', body].join('\n'), { meetingDate: '2031-02-10' }).tasks.flatMap(
    (t) => t.targets,
  );

describe('a count that names a forum (issue 19, fifteenth pass)', () => {
  it('knows a count of people before 论坛', () => {
    expect(namesForum('人', '论坛等活动')).toBe(true);
    expect(namesForum('场', '论坛')).toBe(false);
    expect(namesForum('人', '次')).toBe(false);
  });

  it('drafts no target from the forum and keeps the others', () => {
    const targets = targetsOf('举办湖畔青年创业30人论坛等交流活动，培训创业导师500人。');
    expect(targets.map((t) => t.raw)).toEqual(['500人']);
  });
});
