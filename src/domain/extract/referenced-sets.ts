/**
 * A count that names the set a job acts on, not a result to reach: a count right after a modifier ending in
 * 的 (对未开工的11个项目逐一会诊, 确保新建的2所学校如期开学, 把排查出的26处隐患…) or pointed at by a
 * demonstrative (这11个项目, 上述5家企业, 剩余3个村). The set exists already; the job is what is done to it.
 * A target puts its count after the noun or the verb (新建学校2所, 新建2所学校), not after 的.
 */
const OBJECT_OF_JOB = /[\u4e00-\u9fff]的$/;
const DEMONSTRATIVE = /(?:这|那|上述|前述|剩余|其余)$/;

/** `left` is the clause text before the count. */
export function namesReferencedSet(left: string): boolean {
  return OBJECT_OF_JOB.test(left) || DEMONSTRATIVE.test(left);
}
