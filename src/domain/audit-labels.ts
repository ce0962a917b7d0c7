/**
 * The audit log in words a 等保 assessor reads: every audit action and object type in Chinese and English.
 * A Record over the typed union, so a new action without a label does not compile (and a test checks it).
 */
import type { AuditAction } from './audit-events';

export interface Label {
  zh: string;
  en: string;
}

export const auditActionLabels: Record<AuditAction, Label> = {
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.login_failed': { zh: '登录失败', en: 'Sign-in failed' },
  'auth.locked': { zh: '账号锁定', en: 'Account locked' },
  'auth.logout': { zh: '退出登录', en: 'Signed out' },
  'auth.password_changed': { zh: '修改密码', en: 'Password changed' },
  'auth.totp_setup': { zh: '开始绑定动态口令', en: 'TOTP setup started' },
  'auth.totp_enabled': { zh: '启用动态口令', en: 'TOTP enabled' },
  'auth.totp_disabled': { zh: '停用动态口令', en: 'TOTP disabled' },
  'auth.totp_reset': { zh: '重置动态口令', en: 'TOTP reset' },
  'auth.totp_verified': { zh: '动态口令验证通过', en: 'TOTP verified' },
  'auth.recovery_code_used': { zh: '使用恢复码', en: 'Recovery code used' },
  'audit.purged': { zh: '清理过期审计日志', en: 'Old audit events purged' },
  'audit.exported': { zh: '导出审计日志', en: 'Audit log exported' },
  'tenant.created': { zh: '创建辖区', en: 'District created' },
  'unit.created': { zh: '新建单位', en: 'Unit created' },
  'unit.updated': { zh: '修改单位', en: 'Unit updated' },
  'user.created': { zh: '新建用户', en: 'User created' },
  'user.updated': { zh: '修改用户', en: 'User updated' },
  'user.password_reset': { zh: '重置密码', en: 'Password reset' },
  'user.unlocked': { zh: '解锁账号', en: 'Account unlocked' },
  'system.restored': { zh: '恢复备份', en: 'Backup restored' },
  'demo.loaded': { zh: '载入演示数据', en: 'Demo loaded' },
  'demo.refused': { zh: '拒绝载入演示数据', en: 'Demo refused' },
  'decision.created': { zh: '新建决策部署', en: 'Decision created' },
  'decision.updated': { zh: '修改决策部署', en: 'Decision updated' },
  'decision.extracted': { zh: '分解任务清单', en: 'Tasks extracted' },
  'decision.published': { zh: '下发任务', en: 'Decision published' },
  'decision.imported': { zh: '导入任务台账', en: 'Ledger imported' },
  'task.created': { zh: '新建任务', en: 'Task created' },
  'task.updated': { zh: '修改任务', en: 'Task updated' },
  'task.deleted': { zh: '删除任务', en: 'Task deleted' },
  'task.published': { zh: '下发任务', en: 'Task published' },
  'task.accepted': { zh: '签收任务', en: 'Task accepted' },
  'task.suspended': { zh: '暂停任务', en: 'Task suspended' },
  'task.resumed': { zh: '恢复任务', en: 'Task resumed' },
  'task.cancelled': { zh: '撤销任务', en: 'Task cancelled' },
  'task.completed': { zh: '任务办结', en: 'Task completed' },
  'task.milestones_replaced': { zh: '调整节点计划', en: 'Milestones replaced' },
  'milestone.completed': { zh: '完成节点', en: 'Milestone completed' },
  'report.submitted': { zh: '报送进展', en: 'Report submitted' },
  'report.signed': { zh: '单位负责人签发', en: 'Report signed off' },
  'report.approved': { zh: '审核通过', en: 'Report approved' },
  'report.returned': { zh: '退回报送', en: 'Report returned' },
  'request.created': { zh: '提出申请', en: 'Request made' },
  'request.approved': { zh: '批准申请', en: 'Request approved' },
  'request.rejected': { zh: '驳回申请', en: 'Request rejected' },
  'instruction.created': { zh: '领导批示', en: 'Instruction given' },
  'instruction.replied': { zh: '回复批示', en: 'Instruction answered' },
  'notification.read': { zh: '阅读通知', en: 'Notice read' },
  'case.opened': { zh: '发起督办', en: 'Case opened' },
  'case.answered': { zh: '督办答复', en: 'Case answered' },
  'case.closed': { zh: '督办办结', en: 'Case closed' },
  'case.sent_back': { zh: '督办退回', en: 'Case sent back' },
  'case.escalated': { zh: '督办升级', en: 'Case escalated' },
  'case.reissued': { zh: '重新督办', en: 'Case reissued' },
  'inspection.recorded': { zh: '登记督查检查', en: 'Inspection recorded' },
  'rectification.submitted': { zh: '提交整改', en: 'Rectification submitted' },
  'rectification.verified': { zh: '整改销号', en: 'Rectification verified' },
  'rectification.rejected': { zh: '整改退回', en: 'Rectification rejected' },
  'interview.recorded': { zh: '登记约谈', en: 'Interview recorded' },
  'accountability.recorded': { zh: '登记问责', en: 'Accountability recorded' },
  'bulletin.generated': { zh: '生成督查通报', en: 'Bulletin generated' },
  'assessment.scheme_saved': { zh: '保存考核方案', en: 'Scheme saved' },
  'assessment.scheme_published': { zh: '发布考核方案', en: 'Scheme published' },
  'assessment.entry_created': { zh: '录入考核加减分', en: 'Assessment entry made' },
  'assessment.entry_verified': { zh: '审核考核加减分', en: 'Assessment entry verified' },
  'assessment.finalized': { zh: '考核结果定稿', en: 'Assessment finalised' },
  'achievement.declared': { zh: '申报工作成效', en: 'Achievement declared' },
  'achievement.updated': { zh: '修改工作成效', en: 'Achievement updated' },
  'achievement.verified': { zh: '认定工作成效', en: 'Achievement verified' },
  'achievement.rejected': { zh: '不予认定工作成效', en: 'Achievement rejected' },
  'settings.updated': { zh: '修改系统设置', en: 'Settings changed' },
  'decision.deleted': { zh: '删除决策事项', en: 'Decision deleted' },
  'task.merged': { zh: '合并任务草稿', en: 'Drafts merged' },
  'calendar.day_set': { zh: '设置工作日历', en: 'Calendar day set' },
  'calendar.day_cleared': { zh: '恢复工作日历', en: 'Calendar day cleared' },
  'catch_up_plan.required': { zh: '要求制定赶超措施', en: 'Catch-up plan required' },
  'catch_up_plan.submitted': { zh: '报送赶超措施', en: 'Catch-up plan submitted' },
  'catch_up_plan.approved': { zh: '通过赶超措施', en: 'Catch-up plan approved' },
  'catch_up_plan.returned': { zh: '退回赶超措施', en: 'Catch-up plan returned' },
};

/** The object types audit events name (entity_type), with their words; the filter offers these. */
export const auditEntityTypes = [
  'user',
  'unit',
  'tenant',
  'settings',
  'calendar',
  'catch_up_plan',
  'decision',
  'task',
  'milestone',
  'report',
  'request',
  'instruction',
  'case',
  'inspection',
  'rectification',
  'interview',
  'accountability',
  'bulletin',
  'assessment_scheme',
  'assessment_entry',
  'assessment_result',
  'achievement',
  'audit',
  'route',
  'notification',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export const auditEntityLabels: Record<AuditEntityType, Label> = {
  user: { zh: '用户', en: 'User' },
  unit: { zh: '单位', en: 'Unit' },
  tenant: { zh: '辖区', en: 'District' },
  settings: { zh: '系统设置', en: 'Settings' },
  decision: { zh: '决策部署', en: 'Decision' },
  task: { zh: '任务', en: 'Task' },
  milestone: { zh: '节点', en: 'Milestone' },
  report: { zh: '进展报送', en: 'Report' },
  request: { zh: '申请', en: 'Request' },
  instruction: { zh: '领导批示', en: 'Instruction' },
  case: { zh: '督办件', en: 'Case' },
  inspection: { zh: '督查检查', en: 'Inspection' },
  rectification: { zh: '整改', en: 'Rectification' },
  interview: { zh: '约谈', en: 'Interview' },
  accountability: { zh: '问责', en: 'Accountability' },
  bulletin: { zh: '督查通报', en: 'Bulletin' },
  assessment_scheme: { zh: '考核方案', en: 'Assessment scheme' },
  assessment_entry: { zh: '考核加减分', en: 'Assessment entry' },
  assessment_result: { zh: '考核结果', en: 'Assessment result' },
  achievement: { zh: '工作成效', en: 'Achievement' },
  audit: { zh: '审计日志', en: 'Audit log' },
  route: { zh: '接口', en: 'Route' },
  notification: { zh: '通知', en: 'Notice' },
  calendar: { zh: '工作日历', en: 'Calendar' },
  catch_up_plan: { zh: '赶超措施', en: 'Catch-up plan' },
};

/** The word for an action; an unknown (older) code stays visible as it is rather than vanish. */
export function auditActionLabel(action: string, lang: 'zh' | 'en' = 'zh'): string {
  return (auditActionLabels as Record<string, Label | undefined>)[action]?.[lang] ?? action;
}

/** The word for an object type; an unknown one stays as its code. */
export function auditEntityLabel(entityType: string | null, lang: 'zh' | 'en' = 'zh'): string {
  if (entityType === null) return '';
  return (auditEntityLabels as Record<string, Label | undefined>)[entityType]?.[lang] ?? entityType;
}
