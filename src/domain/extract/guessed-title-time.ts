import { timeOpenerTitleLength } from './title-time-opener.js';

/**
 * A guessed title cut at its first comma, the line break lost (（一）全市经济发展主要预期目标完成情况上半年，全市
 * 完成地区生产总值…): the heading's first sentence is too long to be its title, so its first clause was taken, and
 * the time word that opens the body (上半年，) was kept at the title's end without its comma, where
 * title-time-opener.ts looks for it. The comma that follows the guessed title is given back to that rule, which
 * then ends the title before the time word. Returns the title's length, or null.
 */
export function guessedTitleTimeLength(title: string, guessed: boolean, next: string): number | null {
  if (!guessed || !/^[，,]/.test(next)) return null;
  return timeOpenerTitleLength(`${title}，`);
}
