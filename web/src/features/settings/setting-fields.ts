/** How the settings page shows each key it may offer; a key the server does not offer is not shown. */
export interface SettingField {
  key: string;
  label: string;
  kind: 'number' | 'boolean' | 'period' | 'roles' | 'url';
  unit?: string;
  min?: number;
  max?: number;
}

export const SETTING_GROUPS: ReadonlyArray<{ title: string; fields: readonly SettingField[] }> = [
  {
    title: '密码策略',
    fields: [
      { key: 'password.minLength', label: '最短长度', kind: 'number', unit: '位', min: 8, max: 64 },
      { key: 'password.maxAgeDays', label: '有效期', kind: 'number', unit: '天', min: 30, max: 3650 },
      { key: 'password.warnDays', label: '到期前提醒', kind: 'number', unit: '天', min: 1, max: 60 },
      { key: 'password.historyCount', label: '不得重复最近', kind: 'number', unit: '个', min: 1, max: 24 },
    ],
  },
  {
    title: '登录锁定与会话',
    fields: [
      { key: 'login.maxFailures', label: '连续失败次数上限', kind: 'number', unit: '次', min: 3, max: 20 },
      { key: 'login.windowMinutes', label: '失败计数时段', kind: 'number', unit: '分钟', min: 1, max: 1440 },
      { key: 'login.lockMinutes', label: '锁定时长', kind: 'number', unit: '分钟', min: 1, max: 1440 },
      { key: 'session.idleMinutes', label: '无操作自动退出', kind: 'number', unit: '分钟', min: 5, max: 480 },
      { key: 'session.maxHours', label: '登录最长有效', kind: 'number', unit: '小时', min: 1, max: 72 },
      { key: 'security.totpRequiredRoles', label: '须使用动态口令的角色', kind: 'roles' },
    ],
  },
  {
    title: '进度亮灯与填报',
    fields: [
      {
        key: 'lights.yellowGap',
        label: '黄灯：进度落后',
        kind: 'number',
        unit: '个百分点',
        min: 1,
        max: 100,
      },
      { key: 'lights.redGap', label: '红灯：进度落后', kind: 'number', unit: '个百分点', min: 1, max: 100 },
      { key: 'lights.halfTime', label: '过半时间点', kind: 'number', unit: '%', min: 1, max: 100 },
      { key: 'lights.dueSoonDays', label: '临近到期提示', kind: 'number', unit: '天', min: 0, max: 60 },
      { key: 'reports.period', label: '填报周期', kind: 'period' },
      { key: 'reports.requireUnitHeadSignOff', label: '须单位负责人签发', kind: 'boolean' },
      { key: 'reminders.daysBeforeClose', label: '截止前提醒', kind: 'number', unit: '天', min: 0, max: 31 },
      {
        key: 'tasks.acceptWorkingDays',
        label: '签收时限',
        kind: 'number',
        unit: '个工作日',
        min: 1,
        max: 30,
      },
      {
        key: 'tasks.acceptRemindWorkingDays',
        label: '签收到期前提醒',
        kind: 'number',
        unit: '个工作日',
        min: 0,
        max: 10,
      },
      {
        key: 'catchUp.workingDays',
        label: '赶超措施报送时限',
        kind: 'number',
        unit: '个工作日',
        min: 1,
        max: 30,
      },
      { key: 'catchUp.onYellow', label: '黄灯也须报赶超措施', kind: 'boolean' },
      {
        key: 'supervision.dueSoonWorkingDays',
        label: '督办事项到期前提示',
        kind: 'number',
        unit: '个工作日',
        min: 0,
        max: 30,
      },
      {
        key: 'instructions.answerWorkingDays',
        label: '领导批示办理时限',
        kind: 'number',
        unit: '个工作日',
        min: 1,
        max: 60,
      },
    ],
  },
  {
    title: '容错纠错（可申请容错的事项）',
    fields: [
      { key: 'tolerance.bulletinCriticism', label: '通报批评', kind: 'boolean' },
      { key: 'tolerance.interview', label: '约谈', kind: 'boolean' },
      { key: 'tolerance.accountability', label: '问责', kind: 'boolean' },
      { key: 'tolerance.redLight', label: '红灯', kind: 'boolean' },
    ],
  },
  {
    title: '审计与考核',
    fields: [
      {
        key: 'audit.retentionDays',
        label: '审计日志至少保留',
        kind: 'number',
        unit: '天',
        min: 180,
        max: 3650,
      },
      { key: 'assessment.unitsSeeRanking', label: '各单位可见全区排名', kind: 'boolean' },
      {
        key: 'assessment.appealWindowDays',
        label: '考核结果公示期',
        kind: 'number',
        unit: '个工作日',
        min: 1,
        max: 30,
      },
    ],
  },
  {
    title: '堵点逐级上交',
    fields: [
      {
        key: 'blockers.escalateAfterWorkingDays.unit',
        label: '责任单位未解决，上交包联领导',
        kind: 'number',
        unit: '个工作日',
        min: 1,
        max: 60,
      },
      {
        key: 'blockers.escalateAfterWorkingDays.leader',
        label: '包联领导未解决，提交项目例会',
        kind: 'number',
        unit: '个工作日',
        min: 1,
        max: 60,
      },
      {
        key: 'blockers.escalateAfterWorkingDays.meeting',
        label: '例会未解决，提请常委会/常务会',
        kind: 'number',
        unit: '个工作日',
        min: 1,
        max: 60,
      },
      {
        key: 'blockers.lightAfterDays',
        label: '堵点超过此天数亮黄灯',
        kind: 'number',
        unit: '天',
        min: 1,
        max: 365,
      },
    ],
  },
  {
    title: '验收与佐证材料',
    fields: [
      { key: 'acceptance.requireEvidence', label: '申请验收须附佐证材料', kind: 'boolean' },
      { key: 'acceptance.byLeader', label: '牵头区领导也可验收', kind: 'boolean' },
      { key: 'attachments.maxMiB', label: '单个附件上限', kind: 'number', unit: 'MiB', min: 1, max: 20 },
    ],
  },
  {
    title: '消息通知',
    fields: [{ key: 'notify.publicBaseUrl', label: '系统访问地址（群消息中的链接）', kind: 'url' }],
  },
];
