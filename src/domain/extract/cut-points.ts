/**
 * The last point of a run cut off by the end of the text (…第一，凝心聚力抓发展。…一要…。二要…。第二，全力以),
 * as an excerpt of a web page ends: its title never reaches a sentence end, so it neither states a requirement
 * nor opens with a title sentence, yet it proves that the point before it was one of a run. It counts as the
 * run's last member (which needs no body) when nothing but a short title stands after its marker — at most
 * 24 characters, no sentence end, no clause break — up to the end of its paragraph.
 */
const MARKER =
  /^(?:第[一二三四五六七八九十]{1,3}[，、,]?|[一二三四五六七八九十]{1,3}(?:是|要|来)?[，、,]?|首先[，、,]?|其次[，、,]?|最后[，、,]?|——)/;
const CUT_TITLE = /^[^。！？!?；;，,：:]{0,24}$/;

/** Whether a point's text (from its marker to its paragraph's end) is only a cut-off title. */
export function isCutOffPoint(fromMarker: string): boolean {
  const rest = fromMarker.replace(MARKER, '').trim();
  return CUT_TITLE.test(rest);
}
