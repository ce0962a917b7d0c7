/** Stable task codes (任务编号) such as 2024-QW-001: year of the decision, its kind, a running number. */
export const codePrefixByKind = {
  plenary: 'QW', // 区委全会
  standing_committee: 'CW', // 常委会
  executive_meeting: 'ZF', // 政府常务会
  document: 'WJ', // 上级文件
  leader_instruction: 'PS', // 领导批示
  other: 'QT',
  project_meeting: 'LH', // 项目例会 (例会议定事项)
} as const;

export type DecisionKind = keyof typeof codePrefixByKind;

export function formatTaskCode(year: number, prefix: string, n: number): string {
  return `${year}-${prefix}-${String(n).padStart(3, '0')}`;
}
