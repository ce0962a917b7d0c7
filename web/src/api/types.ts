/** API shapes of `/api/v1`, exactly as the server contract states them. */
import type { DueDateSource } from '../../../src/domain/drafts';

import type { TDecision } from '../../../src/server/modules/decisions/decisions.schemas';
import type { TTask, TTaskSortField } from '../../../src/server/modules/tasks/tasks.schemas';
import type { TMe } from '../../../src/server/modules/auth/auth.schemas';
import type { TReport } from '../../../src/server/modules/reports/reports.schemas';
import type { TTaskRequest } from '../../../src/server/modules/requests/requests.schemas';

export type Role = 'admin' | 'auditor' | 'security_officer' | 'supervisor' | 'leader' | 'unit_head' | 'unit_operator';

export const ALL_ROLES: readonly Role[] = [
  'admin',
  'auditor',
  'security_officer',
  'supervisor',
  'leader',
  'unit_head',
  'unit_operator',
];

export interface Me {
  id: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
  roles: Role[];
  tenant: { id: string; name: string };
  mustChangePassword: boolean;
  passwordExpiresInDays: number | null;
  /** The password was right; the authenticator code is still owed. */
  mfaPending: boolean;
  totpEnabled: boolean;
  /** The district requires TOTP for one of the user's roles. */
  totpRequired: boolean;
  /** The role requires TOTP and it is not set up yet. */
  totpEnrolmentRequired: boolean;
  /** Pages, tabs and buttons this user is offered, decided on the server. */
  abilities: TMe['abilities'];
}

export type UnitKind = 'department' | 'street' | 'other';
export const UNIT_KINDS: readonly UnitKind[] = ['department', 'street', 'other'];

export interface Unit {
  id: string;
  name: string;
  code: string;
  kind: UnitKind;
  parentId: string | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUnitBody {
  name: string;
  code: string;
  kind: UnitKind;
  parentId?: string;
}

export interface UpdateUnitBody {
  version: number;
  name?: string;
  code?: string;
  kind?: UnitKind;
  parentId?: string | null;
  active?: boolean;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
  roles: Role[];
  phone: string | null;
  email: string | null;
  active: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUserBody {
  username: string;
  displayName: string;
  unitId?: string;
  roles: Role[];
  phone?: string;
  email?: string;
}

export interface UpdateUserBody {
  version: number;
  displayName?: string;
  unitId?: string | null;
  roles?: Role[];
  phone?: string | null;
  email?: string | null;
  active?: boolean;
}

export interface UserWithPassword {
  user: User;
  initialPassword: string;
}

export interface UserList {
  items: User[];
  total: number;
}

export interface AuditEvent {
  id: string;
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  /** The operator's unit, or a supervisor's or leader's office (督查室, 区领导). */
  actorUnit: string | null;
  action: string;
  /** The action in Chinese (the server's words; the page uses its own per language). */
  actionLabel: string;
  entityType: string | null;
  entityTypeLabel: string;
  entityId: string | null;
  /** The object by its name or code, when the server knows it. */
  entityName: string | null;
  diff: { before?: Record<string, unknown>; after?: Record<string, unknown> } | null;
  ip: string | null;
  hashAlg: string;
  prevHash: string | null;
  hash: string;
}

/** Filters of the audit log (operator, action, object, Beijing days), as the API takes them. */
export interface AuditFilter {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export interface AuditActor {
  id: string;
  name: string;
  unit: string | null;
}

export interface AuditPage {
  items: AuditEvent[];
  nextBefore: number | null;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; id: string; reason: string } | null;
}

/** Detail shapes of the error codes the UI reacts to. */
export interface FieldErrorDetail {
  path: string;
  message: string;
}

export interface VersionConflictDetails {
  currentVersion?: number;
  updatedBy?: string;
  updatedAt?: string;
}

/* ---------- Decisions and tasks (任务分解) ---------- */

export type DecisionKind =
  'plenary' | 'standing_committee' | 'executive_meeting' | 'document' | 'leader_instruction' | 'other';
export const DECISION_KINDS: readonly DecisionKind[] = [
  'plenary',
  'standing_committee',
  'executive_meeting',
  'document',
  'leader_instruction',
  'other',
];

/** 任务来源: the six channels a target comes from. */
export type TaskSource =
  'city_assigned' | 'city_department' | 'district_direct' | 'district_department' | 'self_set' | 'added';
export const TASK_SOURCES: readonly TaskSource[] = [
  'city_assigned',
  'city_department',
  'district_direct',
  'district_department',
  'self_set',
  'added',
];

export type TaskStatus =
  'draft' | 'published' | 'in_progress' | 'completion_requested' | 'completed' | 'suspended' | 'cancelled';
export const TASK_STATUSES: readonly TaskStatus[] = [
  'draft',
  'published',
  'in_progress',
  'completion_requested',
  'completed',
  'suspended',
  'cancelled',
];

export type Comparator = '>=' | '<=' | '=' | 'range';
export const COMPARATORS: readonly Comparator[] = ['>=', '<=', '=', 'range'];

export interface TaskCounts {
  draft: number;
  published: number;
  total: number;
}

export interface Decision {
  id: string;
  title: string;
  kind: DecisionKind;
  date: string;
  source: TaskSource;
  hasText: boolean;
  fileName: string | null;
  extractedAt: string | null;
  publishedAt: string | null;
  taskCounts: TaskCounts;
  /** What the caller may do with the decision now, as the server decided (decisions.policy.ts). */
  abilities: TDecision['abilities'];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One heading of the extracted outline; `review` sections report the past and yield no tasks. */
export interface OutlineSection {
  id: string;
  parentId: string | null;
  level: number;
  number: string;
  title: string;
  kind: 'plan' | 'review' | 'other';
  /** Where the section's text lies in the decision's text (review sections: shown greyed, 转为任务). */
  sourceOffset?: number;
  sourceLength?: number;
}

export interface DecisionDetail extends Decision {
  text: string | null;
  /** The extractor's sections (unknown to the schema; read through `outlineSections`). */
  outline: unknown;
}

export interface DecisionList {
  items: Decision[];
  total: number;
}

export interface CreateDecisionBody {
  title: string;
  kind: DecisionKind;
  date: string;
  source: TaskSource;
  text?: string | null;
  /** Create it although a decision with the same title and date exists (the clerk confirmed). */
  confirmDuplicate?: boolean;
}

export interface Target {
  id: string;
  indicator: string;
  unit: string;
  comparator: Comparator;
  targetValue: number | null;
  targetValueMax: number | null;
  placeholder: boolean;
  baseline: number | null;
  currentValue: number | null;
  deadline: string | null;
  deadlineText: string | null;
  raw: string | null;
}

export interface Milestone {
  id: string;
  title: string;
  dueDate: string;
  weight: number | null;
  completedAt: string | null;
}

export interface Task {
  id: string;
  code: string | null;
  decisionId: string;
  parentId: string | null;
  title: string;
  content: string | null;
  category: string | null;
  source: TaskSource;
  sectionPath: string[];
  status: TaskStatus;
  leadUnitId: string | null;
  leadUnitName: string | null;
  coUnitIds: string[];
  leadLeaderId: string | null;
  leadLeaderName: string | null;
  responsiblePerson: string | null;
  startDate: string | null;
  dueDate: string | null;
  originalDueDate: string | null;
  progress: number;
  isKey: boolean;
  edited: boolean;
  sourceOffset: number | null;
  sourceLength: number | null;
  /** Where an extracted draft's due date came from; null when not extracted or the office set it. */
  dueDateSource: DueDateSource | null;
  /** A heading on the draft's section path is the extractor's guess. */
  headingUncertain: boolean;
  targets: Target[];
  milestones: Milestone[];
  publishedAt: string | null;
  /** 签收 time; null until the lead unit accepts. */
  acceptedAt: string | null;
  completedAt: string | null;
  /** Why the task was last suspended, resumed or cancelled. */
  statusReason: string | null;
  /** The light as of today (Asia/Shanghai); null for drafts and tasks without dates. */
  light: Light | null;
  lightReasons: LightReason[];
  /** What the caller may do with the task now, as the server decided (tasks.policy.ts). */
  abilities: TTask['abilities'];
  version: number;
  updatedAt: string;
}

export interface TaskList {
  items: Task[];
  total: number;
}

export interface TargetInput {
  indicator: string;
  unit: string;
  targetValue: number | null;
  targetValueMax?: number | null;
  baseline?: number | null;
  comparator?: Comparator;
  placeholder?: boolean;
  deadline?: string | null;
}

export interface MilestoneInput {
  title: string;
  dueDate: string;
  weight?: number | null;
}

/** Every field a supervisor may change on a task; targets and milestones, when given, replace the lists. */
export interface TaskChanges {
  title?: string;
  content?: string | null;
  category?: string | null;
  source?: TaskSource;
  sectionPath?: string[];
  leadUnitId?: string | null;
  coUnitIds?: string[];
  leadLeaderId?: string | null;
  responsiblePerson?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
  isKey?: boolean;
  targets?: TargetInput[];
  milestones?: MilestoneInput[];
}

export interface UpdateTaskBody extends TaskChanges {
  version: number;
}

export type BulkChanges = Pick<
  TaskChanges,
  | 'leadUnitId'
  | 'coUnitIds'
  | 'leadLeaderId'
  | 'responsiblePerson'
  | 'startDate'
  | 'dueDate'
  | 'category'
  | 'source'
  | 'isKey'
>;

export interface TaskFilter {
  decisionId?: string;
  unitId?: string;
  /** Only tasks the unit leads (unitId also matches cooperating units). */
  leadUnitId?: string;
  leaderId?: string;
  status?: TaskStatus;
  source?: TaskSource;
  light?: Light;
  q?: string;
  /** A server sort field, `-` in front for descending (tasks.schemas.ts). */
  sort?: TaskSort;
  page?: number;
  pageSize?: number;
}

export type TaskSortField = TTaskSortField;
export type TaskSort = TaskSortField | `-${TaskSortField}`;

/** One task a batch could not handle, from a 422 BATCH_REFUSED (the batch changed nothing). */
export interface BatchFailure {
  taskId: string;
  code: string;
  message: string;
}

/** The monthly ledger as the print view reads it (GET /tasks/ledger-sheet, from src/domain/ledger-view.ts). */
export interface LedgerSheet {
  title: string;
  columns: Array<{ key: string; header: string; width: number; isReadOnly: boolean }>;
  rows: Array<Record<string, string | number>>;
}

export interface Leader {
  id: string;
  displayName: string;
}

export interface ExtractResult {
  created: number;
  kept: number;
  removed: number;
  tasks: Task[];
}

export interface PublishResult {
  published: number;
  tasks: Task[];
}

export interface ImportResult {
  created: number;
  tasks: Task[];
}

/** `details.tasks[]` of 422 PUBLISH_INCOMPLETE. */
export type PublishMissingField = 'leadUnitId' | 'startDate' | 'dueDate';
export interface IncompleteTask {
  id: string;
  title: string;
  missing: PublishMissingField[];
}

/** `details.errors[]` of 422 IMPORT_INVALID: the bad cell by row and column. */
export interface ImportErrorRow {
  row: number;
  column: string | null;
  reason: string;
}

/* ---------- Execution (推进): lights, reports, requests, instructions, inbox ---------- */

/** 红黄绿灯. */
export type Light = 'red' | 'yellow' | 'green';
export const LIGHTS: readonly Light[] = ['red', 'yellow', 'green'];

export type LightReason =
  'overdue' | 'behind_schedule' | 'half_time_half_task' | 'due_soon' | 'missing_report';

export interface LightItem {
  taskId: string;
  code: string | null;
  title: string;
  leadUnitId: string | null;
  light: Exclude<Light, 'green'>;
  reasons: LightReason[];
}

export interface LightsResponse {
  asOf: string;
  items: LightItem[];
}

export type TaskStatusAction = 'suspend' | 'resume' | 'cancel';

export type ReportStatus = 'submitted' | 'signed' | 'approved' | 'returned';

export interface IndicatorValue {
  targetId: string;
  value: number;
}

export interface ReportHistoryEntry {
  action: string;
  comment: string | null;
  actorName: string | null;
  at: string;
}

export interface Report {
  id: string;
  taskId: string;
  unitId: string;
  /** '2024-03' (a month) or '2024-Q1' (a quarter). */
  period: string;
  progress: number;
  narrative: string;
  problems: string | null;
  nextSteps: string | null;
  status: ReportStatus;
  indicatorValues: IndicatorValue[];
  submittedBy: string;
  submittedByName: string | null;
  submittedAt: string;
  signedAt: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  history: ReportHistoryEntry[];
  version: number;
  abilities: TReport['abilities'];
}

export interface SubmitReportBody {
  period: string;
  progress: number;
  narrative: string;
  problems?: string | null;
  nextSteps?: string | null;
  indicatorValues?: IndicatorValue[];
}

export interface ReviewReportBody {
  decision: 'approve' | 'return';
  comment?: string | null;
}

export interface ReviewQueueItem {
  report: Report;
  task: { id: string; code: string | null; title: string; progress: number };
  unitName: string;
}

export type TaskRequestKind = 'extension' | 'completion';
export type TaskRequestStatus = 'pending' | 'approved' | 'rejected';

/** 延期申请 / 办结申请. */
export interface TaskRequest {
  id: string;
  taskId: string;
  kind: TaskRequestKind;
  status: TaskRequestStatus;
  /** The reason of an extension, or the summary of a completion. */
  reason: string;
  newDueDate: string | null;
  oldDueDate: string | null;
  requestedBy: string;
  requestedAt: string;
  decidedAt: string | null;
  decisionComment: string | null;
  version: number;
  abilities: TTaskRequest['abilities'];
}

export interface DecideRequestBody {
  decision: 'approve' | 'reject';
  comment?: string | null;
}

export interface InstructionReply {
  id: string;
  authorName: string | null;
  text: string;
  createdAt: string;
}

/** 领导批示 with the lead unit's replies. */
export interface Instruction {
  id: string;
  taskId: string;
  leaderId: string;
  leaderName: string | null;
  text: string;
  createdAt: string;
  replies: InstructionReply[];
}

export interface InboxItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  entityType: string | null;
  entityId: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface Inbox {
  unread: number;
  items: InboxItem[];
}
