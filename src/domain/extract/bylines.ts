import type { MappedText } from './types.js';

/**
 * A news page's byline in brackets (（大众新闻记者 段婷婷）, 本报讯(记者 高婷), （通讯员 李明 摄）, （来源：区政府办）)
 * is page furniture wherever it stands: cut out of the line, so that it drafts no task when the line breaks
 * around it were lost (…压减任务。（大众新闻记者段婷婷）).
 */
const BYLINE =
  /[（(][^（）()。！？；]{0,16}(?:记者|通讯员|实习生|摄影|责任编辑|编辑|供稿|来源|作者)[^（）()。！？；]{0,20}[）)]/g;

export function stripBylines(line: MappedText): MappedText {
  return cutMatches(line, BYLINE);
}

/** The line without the matches of a global pattern, its map kept. */
export function cutMatches(line: MappedText, pattern: RegExp): MappedText {
  const found = [...line.text.matchAll(pattern)];
  if (found.length === 0) return line;
  let text = '';
  const map: number[] = [];
  let from = 0;
  for (const m of found) {
    text += line.text.slice(from, m.index);
    map.push(...line.map.slice(from, m.index));
    from = m.index + m[0].length;
  }
  text += line.text.slice(from);
  map.push(...line.map.slice(from));
  return { text, map };
}
