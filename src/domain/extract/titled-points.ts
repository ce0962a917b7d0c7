/**
 * Aspect points that carry a title (一是步子快。预计实现…。全年…。二是底子夯实。…): the point's first
 * sentence is a short phrase with no clause break and a body of further sentences follows it. Such points
 * number subsections even when the paragraph breaks that set them apart were lost (joined or PDF text);
 * aspects whose first sentence is an argument (一是加强组织领导，明确责任。…) stay items of their paragraph.
 */
const TITLE_END = /[。！？!?]/;
const CLAUSE_BREAK = /[，,；;：:、]/;
const MAX_TITLE = 16;

/** Whether the text after a point's marker opens with a title sentence (步子快。…). */
export function opensWithTitle(afterMarker: string): boolean {
  const end = TITLE_END.exec(afterMarker);
  if (end === null || end.index < 2 || end.index > MAX_TITLE) return false;
  return !CLAUSE_BREAK.test(afterMarker.slice(0, end.index));
}

/**
 * Whether the text before a lone point announces a count of points (主要基于三个方面的考虑：一是…, 下面，我讲
 * 三点意见。第一，要…): then a single titled point is the first of the announced subsections even when the
 * others are cut off.
 */
export function announcesPoints(before: string): boolean {
  return (
    /(?:几|[两二三四五六七八九十])(?:个方面|个问题|点|条)[^。！？；]{0,12}[：:]\s*$/.test(before) ||
    // 主要有以下几个亮点： / 呈现三个特点： — the aspects of a review announced by their count (seventh pass).
    /(?<!“)(?:以下)?(?:几|[两二三四五六七八九十])个(?:亮点|特点|变化|成效|突破|转变)[：:]\s*$/.test(before) ||
    speakerAnnounces(before)
  );
}

/** The speaker announcing the points of the speech in a sentence of its own (下面，我讲三点意见，供参考。). */
const SPEAKER_ANNOUNCES =
  /(?:讲|谈|强调|提)(?:以下)?(?:几|[两二三四五六七八九十])(?:点|个方面|个问题)[^。！？：:]{0,12}[。：:]\s*$/;

/**
 * Whether the speaker announces the points just before (下面，我讲三点意见。): then a lone point that states a
 * requirement (第一，要巩固扩大学习成果，推动…) opens the first of them, titled or not.
 */
export function speakerAnnounces(before: string): boolean {
  return SPEAKER_ANNOUNCES.test(before);
}

/**
 * Whether titled points are the members of a label that a colon introduces (“三个加快”：一是…二是…): the
 * label is the subsection and its points are items, unless the colon announces points of a speech
 * (…三个方面的考虑：一是…), which are subsections of their own.
 */
export function listsLabel(before: string): boolean {
  return /[：:]\s*$/.test(before) && !announcesPoints(before);
}
