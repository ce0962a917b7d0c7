/**
 * Drizzle table definitions for typed queries. The database itself is defined by the plain SQL files in
 * migrations/ (the source of truth); test/schema-drift.int.test.ts checks that these columns match it.
 */
import { calendarDays, catchUpPlans } from './schema-follow';
import { bulletinRemarks } from './schema-bulletin-remarks';
import { toleranceRequests } from './schema-tolerance';
import { assessmentAppeals, assessmentPublications } from './schema-appeals';
import { feedbackMessages, publicDecisions } from './schema-public';
import { messengerRobots, robotMessages } from './schema-robots';
import { surveyAnswers, surveyCodes, surveys } from './schema-surveys';
import { achievements, assessmentEntries, assessmentResults, assessmentSchemes } from './schema-assessment';
import {
  accountabilityActions,
  bulletinIssues,
  bulletins,
  caseEvents,
  inspections,
  interviews,
  rectifications,
  supervisionCases,
} from './schema-supervision';
import {
  instructionReplies,
  instructions,
  notifications,
  reportEvents,
  reportIndicatorValues,
  reports,
  taskLightStates,
  taskRequests,
} from './schema-execution';
import {
  decisions,
  storedFiles,
  taskCodeCounters,
  taskMilestones,
  taskTargets,
  tasks,
} from './schema-ledger';
import {
  projectLeaders,
  projectNodeDeps,
  projectNodes,
  projectPlanMonths,
  projectReportPhotos,
  projectReports,
  projectTargets,
  projectTasks,
  projectUnits,
  projects,
} from './schema-projects';
import { projectBoards } from './schema-project-board';
import { attachments } from './schema-attachments';
import {
  blockerEvents,
  blockerFiles,
  blockers,
  jointReviewItems,
  jointReviews,
  meetingDecisions,
  meetingItems,
  meetings,
} from './schema-blockers';
import {
  auditCheckpoints,
  auditEvents,
  loginFailures,
  passwordHistory,
  sessions,
  settings,
  tenants,
  units,
  users,
} from './schema-foundation';

export * from './schema-assessment';
export * from './schema-attachments';
export * from './schema-blockers';
export * from './schema-execution';
export * from './schema-follow';
export * from './schema-foundation';
export * from './schema-ledger';
export * from './schema-projects';
export * from './schema-project-board';
export * from './schema-supervision';
export * from './schema-bulletin-remarks';
export * from './schema-tolerance';
export * from './schema-appeals';
export * from './schema-public';
export * from './schema-robots';
export * from './schema-surveys';
export * from './schema-responsibility';

export const schema = {
  projectBoards,
  tenants,
  units,
  users,
  passwordHistory,
  loginFailures,
  sessions,
  settings,
  auditEvents,
  auditCheckpoints,
  storedFiles,
  decisions,
  taskCodeCounters,
  tasks,
  taskTargets,
  taskMilestones,
  reports,
  reportIndicatorValues,
  reportEvents,
  taskRequests,
  instructions,
  instructionReplies,
  notifications,
  taskLightStates,
  supervisionCases,
  caseEvents,
  inspections,
  rectifications,
  interviews,
  accountabilityActions,
  bulletins,
  bulletinIssues,
  assessmentSchemes,
  assessmentEntries,
  assessmentResults,
  achievements,
  projects,
  projectLeaders,
  projectUnits,
  projectTasks,
  projectTargets,
  projectPlanMonths,
  projectNodes,
  projectNodeDeps,
  projectReports,
  projectReportPhotos,
  calendarDays,
  catchUpPlans,
  blockers,
  blockerEvents,
  blockerFiles,
  jointReviews,
  jointReviewItems,
  meetings,
  meetingItems,
  meetingDecisions,
  attachments,
  bulletinRemarks,
  toleranceRequests,
  publicDecisions,
  feedbackMessages,
  messengerRobots,
  robotMessages,
  assessmentPublications,
  assessmentAppeals,
  surveys,
  surveyCodes,
  surveyAnswers,
};
export type Schema = typeof schema;
