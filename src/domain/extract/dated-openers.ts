/**
 * A sentence that opens with a date of its own and then names a job (6月底前，开工建设城东物流园二期。
 * 到2025年，战略性新兴产业产值占比达到45%。到“十五五”末，…) is a task of its own: kept inside the task before it, it would
 * lose its date, or lend it to that task's targets. A date followed only by a short completion (年底前全部
 * 完成。) still belongs to the job before it.
 */
const DATED_OPENING =
  /^(?:(?:到|至|在)?“?十[一二三四五六七八九]?五”?(?:末|期末|期间)|(?:到|至|在)?(?:\d{4}|[今明后]|下半|上半)年(?:底|末|内)?前?|年(?:底|末|内)前?|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末|中旬|上旬|下旬)?前?|(?:一|二|三|四)季度(?:末)?前?)[，,]/;

/** Words after the date that finish the job before rather than naming a new one. */
const COMPLETION = /^(?:全部|基本|均|都|全面完成|完成|确保全部)/;

export function opensWithOwnDate(sentence: string): boolean {
  const match = DATED_OPENING.exec(sentence);
  if (match === null) return false;
  const rest = sentence.slice(match[0].length).replace(/[。；;！]$/, '');
  return rest.length >= 8 && !COMPLETION.test(rest);
}
