import { cutMatches } from './bylines.js';
import type { MappedText } from './types.js';

/**
 * A photo caption in brackets (（会议现场 邓正可摄）, （区长周春晖作《政府工作报告》 邓正可 摄）, （张三 供图）) is
 * page furniture like a byline: cut out wherever it stands, so that a joined copy does not glue it to the
 * sentence after it (…20%以上。（…摄）周春晖强调，要…).
 */
const CAPTION = /[（(][^（）()。！？；]{1,40}(?:摄|供图|图片)[）)]/g;

export function stripPhotoCaptions(line: MappedText): MappedText {
  return cutMatches(line, CAPTION);
}
