/**
 * An authority's plan named as what the audience carries out (认真落实市委决策部署，…; 按照省委部署，…;
 * 贯彻市委提出的…) is no quotation of someone else's plan: the numbers after it are the speaker's own targets.
 * Only an authority that speaks (市委提出，… / 市委明确了…) hands its plan to the audience as a quotation.
 */
const CARRYING_OUT = /(落实|贯彻|执行|按照|遵照|依照|根据|对照|围绕|服从|紧跟|对接)[^，。；：]{0,4}$/;

/** True when the authority named at `at` in `sentence` is the object of a verb of carrying out. */
export function isCarriedOut(sentence: string, at: number): boolean {
  return CARRYING_OUT.test(sentence.slice(Math.max(0, at - 8), at));
}
