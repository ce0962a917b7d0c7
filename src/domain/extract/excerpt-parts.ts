/**
 * A part heading of an excerpt that begins inside a report or speech, its line breaks lost, when no （一）
 * follows it (first-part.ts needs one): the page starts in part 四 or in part 一's review, and the first
 * top-level marker it holds is 五、 or 二、 in the middle of the line (…让群众健康更有“医”靠。五、全力推动融合
 * “迭变”，持续打造生态转化新地标。加快…; …努力加以克服和解决。二、解放思想，与时俱进，开创…新局面今后…).
 * Taken when no top-level heading came before, the marker is 二、 or higher right after a sentence end, and
 * what follows reads as a part title of parallel phrases: two or three short phrases (2–16 characters, no
 * figure) joined by commas that either end in 。 with a body of further sentences after them, or run on
 * unpunctuated into the body. A marker followed by one phrase, a figure or a clause of a sentence
 * (二、三产业…, 二、全年完成投资12亿元…) is left alone.
 */
const PHRASE = '[^，,。！？!?；;：:\\d]{2,16}';
/** Two or three phrases ending in 。 then a further sentence: 全力推动融合“迭变”，持续打造…新地标。加快… */
const CLOSED_TITLE = new RegExp(`^${PHRASE}(?:[，,]${PHRASE}){1,2}[。！]`);
/** Phrases running on into the body: 解放思想，与时俱进，开创经济建设和社会发展的新局面今后年，是… */
const OPEN_TITLE = new RegExp(
  `^${PHRASE.replace('{2,16}', '{2,8}')}[，,]${PHRASE.replace('{2,16}', '{2,8}')}[，,][^。！？!?；;：:]{8,}`,
);

export function opensExcerptPart(text: string, at: number, markerLength: number, n: number): boolean {
  if (n < 2 || at === 0 || !/[。！？]/.test(text[at - 1] ?? '')) return false;
  const after = text.slice(at + markerLength, at + markerLength + 200);
  const closed = CLOSED_TITLE.exec(after);
  if (closed !== null) return /[。！？]/.test(after.slice(closed[0].length));
  return OPEN_TITLE.test(after);
}
