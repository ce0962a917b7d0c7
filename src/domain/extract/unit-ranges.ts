/**
 * A range written with its unit on both ends (地区生产总值增长4.5%—5%, 增长6%至7%, 新增3万—5万人 is read by
 * quantities.ts already): the second figure is the range's top, not a target of its own (tenth pass). `rest` is the
 * text right after the first figure and its unit; the range is taken only when the second figure carries the same
 * unit (4.5%—5%, not 5%—完成…).
 */
const SEPARATOR = /^\s*(?:——|[-—–~至到])\s*(\d+(?:\.\d+)?)/;

export function readUnitRangeEnd(rest: string, unit: string): { valueMax: number; length: number } | null {
  if (unit === '') return null;
  const m = SEPARATOR.exec(rest);
  if (m === null || !rest.startsWith(unit, m[0].length)) return null;
  return { valueMax: Number(m[1]), length: m[0].length + unit.length };
}
