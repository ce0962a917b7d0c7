/**
 * The opening of a news report whose speaker's requirements are numbered (…吴平强调，…各级各部门要牢固树立…意识，
 * 坚持不懈抓项目。一要围绕特色产业抓项目，…。二要…): the points make headings, so everything before the first is
 * read as the speech's opening, which drafts no task. A news page has no such opening — no salutation
 * (同志们：, 各位代表：) stands anywhere in it — and the paragraph that relays the speaker (X强调，, X要求，)
 * holds requirements of its own: there it drafts tasks as any plan text does. The news lead, who attended
 * and what the speaker judged stay no task by the rules for such sentences (meeting-proceedings.ts…).
 */
const SALUTATION =
  /(?:同志们|各位代表|各位委员|各位领导|各位来宾|代表们|委员们)[：:]|(?:^|[\n。！？])\s*(?:同志们|各位代表|各位委员|代表们|委员们)[，,！!]/;
/** A speaker before a verb of requiring (吴平强调，, 会议要求，), not the noun (提出了…责任和要求，). */
const RELAYS = /(?<![的和与及项些])(?:强调|要求)[，,：:]/;

/** Whether an opening block relays a speaker's requirements in a news report (no salutation in the text). */
export function relaysRequirements(opening: string, documentText: string): boolean {
  return RELAYS.test(opening) && !SALUTATION.test(documentText);
}
