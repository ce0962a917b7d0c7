/**
 * The closed vocabularies of the domain, each listed once: the Drizzle schema, the SQL CHECK constraints (a test
 * compares them, test/vocabulary-drift.int.test.ts), the API schemas and the web all take their lists from here.
 * The statuses of the state machines live beside their machines in workflow.ts and are re-exported here, so
 * that one import reaches every vocabulary. Nothing here may import zod: the web bundles this file.
 */

export {
  achievementStatuses,
  reportStatuses,
  requestStatuses,
  rectificationStatuses,
  supervisionCaseStatuses,
  taskStatuses,
  type AchievementStatus,
  type RectificationStatus,
  type ReportStatus,
  type RequestStatus,
  type SupervisionCaseStatus,
  type TaskStatus,
} from './workflow';

/** Kinds of unit: 部门, 街道, 乡镇 (a district may have both sub-district kinds), 其他. */
/**
 * Kinds of unit. A `section` (科室) is a child of the unit it belongs to (issue 15): it receives sub-tasks, is
 * never a task's lead or co-unit and is not a party of the assessment.
 */
export const unitKinds = ['department', 'street', 'town', 'other', 'section'] as const;
export type UnitKind = (typeof unitKinds)[number];

/**
 * Where a decision comes from: 全会, 常委会, 常务会, 文件, 领导批示, 其他, and 项目例会 (a weekly project meeting's
 * minutes, whose decisions become tasks; made by the meeting, never uploaded).
 */
export const decisionKinds = [
  'plenary',
  'standing_committee',
  'executive_meeting',
  'document',
  'leader_instruction',
  'other',
  'project_meeting',
] as const;
export type DecisionKind = (typeof decisionKinds)[number];
/** The kinds a clerk may create or upload: a meeting's minutes (project_meeting) are made by the meeting only. */
export const creatableDecisionKinds = decisionKinds.filter(
  (k): k is Exclude<DecisionKind, 'project_meeting'> => k !== 'project_meeting',
);

/** 任务来源: the six channels a target comes from. */
export const taskSources = [
  'city_assigned',
  'city_department',
  'district_direct',
  'district_department',
  'self_set',
  'added',
] as const;
export type TaskSource = (typeof taskSources)[number];

/** Where an extracted draft's due date came from: stated in the task, its section, or the plan year's end. */
export const dueDateSources = ['stated', 'section', 'plan-year'] as const;
export type DueDateSource = (typeof dueDateSources)[number];

/** How a target's value is compared with its goal. */
export const comparators = ['>=', '<=', '=', 'range'] as const;
export type Comparator = (typeof comparators)[number];

/** 红黄绿灯. */
export const lights = ['red', 'yellow', 'green'] as const;
export type Light = (typeof lights)[number];

/** Why a task is not green, in the order they are listed on a result. */
export const lightReasons = [
  'overdue',
  'behind_schedule',
  'half_time_half_task',
  'due_soon',
  'missing_report',
  /** 签收超时: published and not accepted within the acceptance deadline (working days). */
  'not_accepted',
  /** 赶超措施逾期: a catch-up plan owed by the lead unit is past its due date. */
  'catch_up_plan_overdue',
  /** 堵点: an open blocker on the task older than `blockers.lightAfterDays`. */
  'blocker_open',
] as const;
export type LightReason = (typeof lightReasons)[number];

/** What happened to a report, as its history records it. */
export const reportHistoryActions = ['submit', 'resubmit', 'sign', 'approve', 'return'] as const;
export type ReportHistoryAction = (typeof reportHistoryActions)[number];

/** 延期申请 / 办结申请. */
export const requestKinds = ['extension', 'completion'] as const;
export type RequestKind = (typeof requestKinds)[number];

/** Where a supervision case (督办件) comes from: 预警, 领导批示, 督查, 投诉. */
export const caseOrigins = ['warning', 'instruction', 'inspection', 'complaint'] as const;
export type CaseOrigin = (typeof caseOrigins)[number];

/** 一般 / 重点 / 挂牌督办. */
export const caseLevels = ['general', 'key', 'listed'] as const;
export type CaseLevel = (typeof caseLevels)[number];

/** The office's decisions on an answered case. */
export const caseDecisions = ['close', 'send_back', 'escalate', 'reissue'] as const;
export type CaseDecision = (typeof caseDecisions)[number];

/** 约谈 or 问责. */
export const measureKinds = ['interview', 'accountability'] as const;
export type MeasureKind = (typeof measureKinds)[number];

/** The entries of the assessment typed in by hand, each by the role that owns it. */
export const assessmentEntryKinds = ['satisfaction', 'evaluation', 'bonus', 'veto'] as const;
export type AssessmentEntryKind = (typeof assessmentEntryKinds)[number];

/** Kinds of deduction (扣分): 约谈, 问责, 红灯月, 黄灯月, 未报, 迟报, 通报批评. */
export const deductionKinds = [
  'interview',
  'accountability',
  'red_month',
  'yellow_month',
  'missing_report',
  'late_report',
  'bulletin_criticism',
  /** 联审联批: a department's late answer in a joint review (issue 14). */
  'approval_delay',
] as const;
export type DeductionKind = (typeof deductionKinds)[number];

/** Kinds of bonus (加分): 荣誉, 领导肯定性批示, 通报表扬. */
export const bonusKinds = ['honour', 'leader_affirmation', 'bulletin_praise'] as const;
export type BonusKind = (typeof bonusKinds)[number];

/** A stored assessment scheme; the API also answers `default` for a year with none stored. */
export const schemeStatuses = ['draft', 'published'] as const;
export type SchemeStatus = (typeof schemeStatuses)[number];

/* ---------- The assessment scheme (考核方案) ---------- */

/**
 * What a component gives when a unit has no facts for it: `reweight` leaves the component out and spreads its
 * weight over the unit's other components in proportion; `full` gives 100; `zero` gives 0.
 */
export const noFactsPolicies = ['reweight', 'full', 'zero'] as const;
export type NoFactsPolicy = (typeof noFactsPolicies)[number];

/** The components of a unit's score. */
export const componentKeys = [
  'task_completion',
  'report_timeliness',
  'rectification',
  'satisfaction',
  'evaluation',
  'cooperation',
] as const;
export type ComponentKey = (typeof componentKeys)[number];

/** The parties of the multi-party evaluation (评议): 自评, 组织考核, 服务对象评价, 条线考核. */
export const evaluationParties = ['self', 'organisation', 'serviceObject', 'lineManagement'] as const;
export type EvaluationParty = (typeof evaluationParties)[number];

/** Types of accountability action (问责): 通报批评, 诫勉谈话, 组织处理, 党纪政务处分. */
export const accountabilityTypes = [
  'circulated_criticism',
  'admonishment',
  'organisational_handling',
  'disciplinary_sanction',
] as const;
export type AccountabilityType = (typeof accountabilityTypes)[number];

/** Levels of an honour, or of the leader who gave an affirmative instruction (肯定性批示). */
export const bonusLevels = ['national', 'provincial', 'city', 'district'] as const;
export type BonusLevel = (typeof bonusLevels)[number];

/* ---------- Key projects (重点项目, issue #13) ---------- */

/** 项目来源: 招商签约, 政府投资, 社会投资, 续建结转. */
export const projectSources = ['investment_signed', 'government', 'social', 'carry_over'] as const;
export type ProjectSource = (typeof projectSources)[number];

/**
 * 项目阶段: 谋划 → 签约 → 前期 → 在建 → 竣工 → 投产/运营, and 暂缓 / 终止 (these two need a `stageReason`).
 */
export const projectStages = [
  'planning',
  'signed',
  'preparation',
  'construction',
  'completed',
  'operating',
  'suspended',
  'terminated',
] as const;
export type ProjectStage = (typeof projectStages)[number];

/** A unit's role in a project: 主体推进（办事处）, 指挥部, 业务指导. */
export const projectUnitRoles = ['street', 'command_post', 'guide'] as const;
export type ProjectUnitRole = (typeof projectUnitRoles)[number];

/** 前期手续 or 建设节点. */
export const projectNodeKinds = ['procedure', 'construction'] as const;
export type ProjectNodeKind = (typeof projectNodeKinds)[number];

/** A monthly project report: awaiting review, approved, or returned to be corrected. */
export const projectReportStatuses = ['submitted', 'approved', 'returned'] as const;
export type ProjectReportStatus = (typeof projectReportStatuses)[number];

/**
 * Why a project is not green: investment behind the time-proportional plan, a node past its planned end, last
 * month's report missing after the report day, an open blocker older than `blockers.lightAfterDays` (issue #14).
 */
export const projectLightReasons = [
  'investment_behind',
  'node_overdue',
  'no_report',
  'blocker_open',
] as const;
export type ProjectLightReason = (typeof projectLightReasons)[number];

/** The fields of a project the office may make public on the board (`projects.board.publicFields`). */
export const projectPublicFields = [
  'code',
  'name',
  'type',
  'source',
  'stage',
  'street',
  'leaders',
  'address',
  'ownerEnterprise',
  'totalInvestment',
  'annualPlan',
  'completedThisYear',
  'plannedStart',
  'plannedEnd',
  'progressPct',
  'light',
  'nodes',
] as const;
export type ProjectPublicField = (typeof projectPublicFields)[number];
/**
 * A tenant's own calendar entry (laid over the shipped national calendar): 放假, 调休上班, or the weekday rule
 * (undoing a shipped entry).
 */
export const calendarDayKinds = ['holiday', 'workday', 'normal'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

/**
 * A catch-up plan (赶超措施) of a task's lead unit: `required` (owed, not sent), `submitted` (awaiting the office),
 * `approved`, `returned` (owed again, with the office's comment).
 */
export const catchUpPlanStatuses = ['required', 'submitted', 'approved', 'returned'] as const;
export type CatchUpPlanStatus = (typeof catchUpPlanStatuses)[number];

/** The ladder a blocker (堵点) climbs: the responsible unit, the contracting leader, the weekly meeting, the standing committee. */
export const blockerLevels = ['unit', 'leader', 'meeting', 'committee'] as const;
export type BlockerLevel = (typeof blockerLevels)[number];

/**
 * A blocker's state: `open`, `coordinating` (a meeting decision or an owner is working on it),
 * `pending_confirmation` (resolved by its owner, awaiting the raising unit), `resolved`, `closed` (without
 * resolution, office only, with a reason).
 */
export const blockerStatuses = [
  'open',
  'coordinating',
  'pending_confirmation',
  'resolved',
  'closed',
] as const;
export type BlockerStatus = (typeof blockerStatuses)[number];

export const blockerEventKinds = [
  'raised',
  'escalated',
  'escalated_early',
  'coordinating',
  'resolution_proposed',
  'confirmed',
  'rejected',
  'closed',
  'decision_attached',
  'note',
] as const;
export type BlockerEventKind = (typeof blockerEventKinds)[number];

export const jointReviewStatuses = ['open', 'closed'] as const;
export type JointReviewStatus = (typeof jointReviewStatuses)[number];

/** A department's answer in a joint review (联审联批): 同意 / 有条件同意 / 需补充材料, or not yet. */
export const jointReviewItemStatuses = [
  'pending',
  'approved',
  'approved_with_conditions',
  'needs_material',
] as const;
export type JointReviewItemStatus = (typeof jointReviewItemStatuses)[number];

export const meetingStatuses = ['preparing', 'held', 'minuted'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const meetingItemKinds = ['blocker', 'project', 'joint_review', 'carried_decision', 'other'] as const;
export type MeetingItemKind = (typeof meetingItemKinds)[number];

/** What an evidence attachment is, by its content (src/domain/attachments.ts). */
export const attachmentKinds = ['pdf', 'image', 'word', 'excel', 'presentation', 'ofd'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

/**
 * What an attachment is evidence for, once attached: a task, a report, a completion request (验收), a cooperating
 * unit's share, a rectification or a supervision case's answer. Until then it belongs to its uploader's unit.
 */
export const attachmentOwnerKinds = [
  'task',
  'report',
  'completion',
  'share',
  'rectification',
  'case',
  'subtask',
  'tolerance',
  'appeal',
] as const;
export type AttachmentOwnerKind = (typeof attachmentOwnerKinds)[number];

/** How the office (or the leader) answers a completion request (验收): 通过, 通过但有意见, 退回补充. */
export const acceptanceOutcomes = ['accepted', 'accepted_with_remarks', 'returned'] as const;
export type AcceptanceOutcome = (typeof acceptanceOutcomes)[number];
/** A bulletin is a draft the office alone sees until it is published to every unit (issue 16). */
export const bulletinStatuses = ['draft', 'published'] as const;
export type BulletinStatus = (typeof bulletinStatuses)[number];

/** A named remark in a bulletin: 通报表扬 / 通报批评. */
export const bulletinRemarkKinds = ['praise', 'criticism'] as const;
export type BulletinRemarkKind = (typeof bulletinRemarkKinds)[number];

/** What a tolerance request (容错纠错) may be filed against: a fact that costs the unit points. */
export const toleranceTargetKinds = [
  'bulletin_criticism',
  'interview',
  'accountability',
  'red_light',
] as const;
export type ToleranceTargetKind = (typeof toleranceTargetKinds)[number];

/** 已提出 → 已审核 (the office's opinion) → 予以容错 / 部分容错 / 不予容错 (the ruling). */
export const toleranceStatuses = ['filed', 'prepared', 'granted', 'partly_granted', 'refused'] as const;
export type ToleranceStatus = (typeof toleranceStatuses)[number];

/** The rulings a request can get. */
export const toleranceRulings = ['granted', 'partly_granted', 'refused'] as const;
export type ToleranceRuling = (typeof toleranceRulings)[number];

/** A cooperating unit's share of a task for a period (配合单位分报, issue 15). */
export const shareStatuses = ['submitted', 'consolidated', 'returned'] as const;
export type ShareStatus = (typeof shareStatuses)[number];

/** A per-unit share of a district target: set by the office (approved) or proposed by the lead unit. */
export const targetShareStatuses = ['proposed', 'approved'] as const;
export type TargetShareStatus = (typeof targetShareStatuses)[number];

/** 配合评价: how the lead unit rates a cooperating unit at year end. */
export const cooperationRatings = ['good', 'fair', 'poor'] as const;
export type CooperationRating = (typeof cooperationRatings)[number];

/** A sub-task a unit gives its section or person (一级抓一级). */
export const subtaskStatuses = ['open', 'done'] as const;
export type SubtaskStatus = (typeof subtaskStatuses)[number];

export * from './survey-vocabulary';

/** What a public message (社情民意) is about. */
export const feedbackSubjects = ['task', 'project', 'general'] as const;
export type FeedbackSubject = (typeof feedbackSubjects)[number];

/** A public message: pending review, turned into a supervision case, answered, or closed as not actionable. */
export const feedbackStatuses = ['pending', 'case', 'answered', 'closed'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];
/** 申诉 (issue 17): what of its published result a unit appeals, and where the appeal stands. */
export const appealTargetKinds = ['component', 'deduction', 'veto'] as const;
export type AppealTargetKind = (typeof appealTargetKinds)[number];
export const appealStatuses = ['pending', 'upheld', 'partly_upheld', 'rejected'] as const;
export type AppealStatus = (typeof appealStatuses)[number];
export const appealRulings = ['upheld', 'partly_upheld', 'rejected'] as const;
export type AppealRuling = (typeof appealRulings)[number];
