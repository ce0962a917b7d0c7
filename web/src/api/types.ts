/**
 * API shapes of `/api/v1`, taken from the server's zod schemas (`import type` only: nothing of the server reaches
 * the bundle). Responses are the schemas' output (`z.infer`), request bodies their input (`z.input`, before
 * defaults and transforms), so a change of a server shape fails the web's typecheck where it is used.
 * Vocabularies come from src/domain/vocabulary.ts. The few shapes the server does not describe with zod (error
 * details) are listed in docs/ARCHITECTURE.md, "Types and vocabularies".
 */
import type { z } from 'zod';
import type { ExtractedSection } from '../../../src/domain/extract/types';
import type {
  ZAuditActors,
  ZAuditEvent,
  ZAuditFilters,
  ZAuditList,
  ZVerifyResult,
} from '../../../src/server/modules/audit/audit.schemas';
import type { ZChangePasswordBody, ZLoginBody, ZMe } from '../../../src/server/modules/auth/auth.schemas';
import type {
  ZCreateDecisionBody,
  ZListDecisionsQuery,
  ZMergeDraftsBody,
  ZDecision,
  ZDecisionDetail,
  ZDecisionList,
  ZExtractResult,
  ZImportResult,
  ZPublishResult,
} from '../../../src/server/modules/decisions/decisions.schemas';
import type { ZInbox, ZNotification } from '../../../src/server/modules/inbox/inbox.schemas';
import type { ZInstruction } from '../../../src/server/modules/instructions/instructions.schemas';
import type { ZLightsResponse } from '../../../src/server/modules/lights/lights.schemas';
import type {
  ZReport,
  ZReviewQueue,
  ZReviewReportBody,
  ZSubmitReportBody,
} from '../../../src/server/modules/reports/reports.schemas';
import type {
  ZCompletionRequestBody,
  ZDecideRequestBody,
  ZExtensionRequestBody,
  ZTaskRequest,
} from '../../../src/server/modules/requests/requests.schemas';
import type { BatchFailure as ServerBatchFailure } from '../../../src/server/modules/tasks/batch-failures';
import type {
  TTaskSortField,
  ZBulkUpdateBody,
  ZChangeTaskStatusBody,
  ZLeaderList,
  ZLedgerSheet,
  ZListTasksQuery,
  ZMilestone,
  ZMilestoneInput,
  ZTarget,
  ZTargetInput,
  ZTask,
  ZTaskChanges,
  ZTaskList,
  ZUpdateTaskBody,
} from '../../../src/server/modules/tasks/tasks.schemas';
import type {
  ZCreateUnitBody,
  ZListUnitsQuery,
  ZUnit,
  ZUpdateUnitBody,
} from '../../../src/server/modules/units/units.schemas';
import type {
  ZCreateUserBody,
  ZListUsersQuery,
  ZUpdateUserBody,
  ZUser,
  ZUserList,
  ZUserWithPassword,
} from '../../../src/server/modules/users/users.schemas';

export { roles as ALL_ROLES, type Role } from '../../../src/domain/roles';
export {
  comparators as COMPARATORS,
  creatableDecisionKinds as CREATABLE_DECISION_KINDS,
  decisionKinds as DECISION_KINDS,
  lights as LIGHTS,
  reportHistoryActions as REPORT_HISTORY_ACTIONS,
  taskSources as TASK_SOURCES,
  taskStatuses as TASK_STATUSES,
  unitKinds as UNIT_KINDS,
  type Comparator,
  type DecisionKind,
  type Light,
  type LightReason,
  type ReportStatus,
  type RequestKind as TaskRequestKind,
  type RequestStatus as TaskRequestStatus,
  type TaskSource,
  type TaskStatus,
  type UnitKind,
} from '../../../src/domain/vocabulary';

/** A query string as the client sends it: every field optional, page and size included. */
type QueryOf<S extends z.ZodType> = Partial<z.infer<S>>;

export type Me = z.infer<typeof ZMe>;
export type LoginBody = z.input<typeof ZLoginBody>;
export type ChangePasswordBody = z.input<typeof ZChangePasswordBody>;

export type Unit = z.infer<typeof ZUnit>;
export type CreateUnitBody = z.input<typeof ZCreateUnitBody>;
export type UpdateUnitBody = z.input<typeof ZUpdateUnitBody>;
export type UnitFilter = QueryOf<typeof ZListUnitsQuery>;

export type User = z.infer<typeof ZUser>;
export type CreateUserBody = z.input<typeof ZCreateUserBody>;
export type UpdateUserBody = z.input<typeof ZUpdateUserBody>;
export type UserWithPassword = z.infer<typeof ZUserWithPassword>;
export type UserList = z.infer<typeof ZUserList>;
export type UserFilter = QueryOf<typeof ZListUsersQuery>;

export type AuditEvent = z.infer<typeof ZAuditEvent>;
/** Filters of the audit log (operator, action, object, Beijing days): the API's keys, as the URL carries them. */
export type AuditFilter = { [K in keyof z.input<typeof ZAuditFilters>]?: string };
export type AuditActor = z.infer<typeof ZAuditActors>['items'][number];
export type AuditPage = z.infer<typeof ZAuditList>;
export type AuditVerifyResult = z.infer<typeof ZVerifyResult>;

/* ---------- Error details (not described with zod: see docs/ARCHITECTURE.md) ---------- */

/** `details.fields[]` of 422 VALIDATION_FAILED (plugins/errors.ts). */
// eslint-disable-next-line no-restricted-syntax -- an error detail: the server does not describe it with zod
export interface FieldErrorDetail {
  path: string;
  message: string;
}

/** `details` of 409 VERSION_CONFLICT (versioning.ts). */
// eslint-disable-next-line no-restricted-syntax -- an error detail: the server does not describe it with zod
export interface VersionConflictDetails {
  currentVersion?: number;
  updatedBy?: string;
  updatedAt?: string;
}

/** `details.tasks[]` of 422 PUBLISH_INCOMPLETE (publish-decision.ts). */
export type PublishMissingField = 'leadUnitId' | 'startDate' | 'dueDate';
// eslint-disable-next-line no-restricted-syntax -- an error detail: the server does not describe it with zod
export interface IncompleteTask {
  id: string;
  title: string;
  missing: PublishMissingField[];
}

/** `details.errors[]` of 422 IMPORT_INVALID (import-ledger.ts): the bad cell by row and column. */
// eslint-disable-next-line no-restricted-syntax -- an error detail: the server does not describe it with zod
export interface ImportErrorRow {
  row: number;
  column: string | null;
  reason: string;
}

/** One task a batch could not handle, from a 422 BATCH_REFUSED (the batch changed nothing). */
export type BatchFailure = ServerBatchFailure;

/* ---------- Decisions and tasks (任务分解) ---------- */

export type Decision = z.infer<typeof ZDecision>;
export type TaskCounts = Decision['taskCounts'];
export type DecisionDetail = z.infer<typeof ZDecisionDetail>;
export type DecisionList = z.infer<typeof ZDecisionList>;
export type CreateDecisionBody = z.input<typeof ZCreateDecisionBody>;
export type DecisionFilter = QueryOf<typeof ZListDecisionsQuery>;
/** Fields sent with an uploaded decision (multipart text parts beside `file`: strings only). */
export type DecisionUploadFields = Omit<CreateDecisionBody, 'text' | 'confirmDuplicate'> & {
  confirmDuplicate?: 'true';
};
export type MergeDraftsBody = z.input<typeof ZMergeDraftsBody>;

/** One heading of the extracted outline; `review` sections report the past and yield no tasks. */
export type OutlineSection = Pick<
  ExtractedSection,
  'id' | 'parentId' | 'level' | 'number' | 'title' | 'kind' | 'sourceOffset' | 'sourceLength'
>;

export type Target = z.infer<typeof ZTarget>;
export type Milestone = z.infer<typeof ZMilestone>;
export type Task = z.infer<typeof ZTask>;
export type TaskList = z.infer<typeof ZTaskList>;
export type TargetInput = z.input<typeof ZTargetInput>;
export type MilestoneInput = z.input<typeof ZMilestoneInput>;
/** Every field a supervisor may change on a task; targets and milestones, when given, replace the lists. */
export type TaskChanges = z.input<typeof ZTaskChanges>;
export type UpdateTaskBody = z.input<typeof ZUpdateTaskBody>;
export type BulkUpdateBody = z.input<typeof ZBulkUpdateBody>;
export type BulkChanges = BulkUpdateBody['changes'];
export type TaskFilter = QueryOf<typeof ZListTasksQuery>;
export type TaskSortField = TTaskSortField;
export type TaskSort = TaskSortField | `-${TaskSortField}`;

/** The monthly ledger as the print view reads it (GET /tasks/ledger-sheet, from src/domain/ledger-view.ts). */
export type LedgerSheet = z.infer<typeof ZLedgerSheet>;
export type Leader = z.infer<typeof ZLeaderList>['items'][number];
export type ExtractResult = z.infer<typeof ZExtractResult>;
export type PublishResult = z.infer<typeof ZPublishResult>;
export type ImportResult = z.infer<typeof ZImportResult>;

/* ---------- Execution (推进): lights, reports, requests, instructions, inbox ---------- */

export type LightsResponse = z.infer<typeof ZLightsResponse>;
export type LightItem = LightsResponse['items'][number];

export type ChangeTaskStatusBody = z.input<typeof ZChangeTaskStatusBody>;
export type TaskStatusAction = ChangeTaskStatusBody['action'];

export type Report = z.infer<typeof ZReport>;
export type IndicatorValue = Report['indicatorValues'][number];
export type ReportHistoryEntry = Report['history'][number];
export type SubmitReportBody = z.input<typeof ZSubmitReportBody>;
export type ReviewReportBody = z.input<typeof ZReviewReportBody>;
export type ReviewQueueItem = z.infer<typeof ZReviewQueue>['items'][number];

/** 延期申请 / 办结申请. */
export type TaskRequest = z.infer<typeof ZTaskRequest>;
export type DecideRequestBody = z.input<typeof ZDecideRequestBody>;
export type ExtensionRequestBody = z.input<typeof ZExtensionRequestBody>;
export type CompletionRequestBody = z.input<typeof ZCompletionRequestBody>;

/** 领导批示 with the lead unit's replies. */
export type Instruction = z.infer<typeof ZInstruction>;
export type InstructionReply = Instruction['replies'][number];

export type InboxItem = z.infer<typeof ZNotification>;
export type Inbox = z.infer<typeof ZInbox>;
