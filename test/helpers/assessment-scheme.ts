/** The scheme the assessment integration tests publish; their rankings are worked out by hand against it. */
export const testScheme = {
  name: '2024年度考核方案（测试）',
  groups: [
    { key: 'departments', name: '区直部门', unitKinds: ['department'] },
    { key: 'streets', name: '街道', unitKinds: ['street'] },
  ],
  components: [
    { key: 'task_completion', weight: 60, lateDayPenalty: 1, lateFloor: 60, keyTaskWeight: 2 },
    { key: 'satisfaction', weight: 40 },
  ],
  deductions: {
    cap: 20,
    rules: [
      { kind: 'interview', amount: 1, cap: 5 },
      { kind: 'accountability', amounts: { circulated_criticism: 2 }, cap: 10 },
    ],
  },
  bonuses: {
    cap: 5,
    rules: [{ kind: 'honour', amounts: { national: 3, provincial: 2, city: 1 }, cap: null }],
  },
  vetoes: [{ key: 'major_safety_accident', name: '重大安全生产事故' }],
  grades: [
    { key: 'excellent', name: '优秀', floor: 90, quota: { maxPercent: 50 } },
    { key: 'good', name: '良好', floor: 80 },
    { key: 'fair', name: '一般', floor: 60 },
    { key: 'poor', name: '较差', floor: 0 },
  ],
  tieBreak: ['task_completion'],
};
