import { MUST } from './directive-words.js';
import { withoutNonDirectiveYao } from './non-directive-yao.js';

/**
 * A news report's lead naming the speaker (王俊说，… / 李明强调，… / 会议要求，…) opens a task when the sentence
 * directs anywhere after it, also after a judgement of the speaker's (王俊说，政府工作报告是…庄严承诺，要全面贯彻…):
 * when the paragraph breaks are lost it is the only sign that the next requirement begins.
 */
const SPEAKER_LEAD = /^[^，。；：！？“”]{1,16}(?:强调|要求|指出|提出|说)[，,：:]/;

export function opensSpeakerDirective(sentence: string): boolean {
  const lead = SPEAKER_LEAD.exec(sentence);
  return lead !== null && MUST.test(withoutNonDirectiveYao(sentence.slice(lead[0].length)));
}
