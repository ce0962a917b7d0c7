/** Builders for the assessment tests: small facts with sensible defaults, so each test states only what matters. */
import type { TAssessmentFacts, TExpectedReportFact, TTaskFact, TUnitFact } from './facts';
import { ZAssessmentScheme, type TAssessmentScheme, type TAssessmentSchemeInput } from './scheme';

/** Facts with nothing but the given collections. */
export function buildFacts(
  partial: Partial<TAssessmentFacts> & Pick<TAssessmentFacts, 'units'>,
): TAssessmentFacts {
  return {
    tasks: [],
    reports: [],
    rectifications: [],
    lights: [],
    satisfaction: [],
    evaluations: [],
    bonuses: [],
    vetoes: [],
    interviews: [],
    accountabilityActions: [],
    bulletinCriticisms: [],
    approvalItems: [],
    waivers: [],
    cooperationRatings: [],
    ...partial,
  };
}

/** A department (or another kind) named after its id. */
export function buildUnit(id: string, kind = 'department'): TUnitFact {
  return { id, name: `单位${id}`, kind };
}

/** An ordinary task of a unit running through 2024, not completed, 0% done. */
export function buildTask(id: string, leadUnitId: string, over: Partial<TTaskFact> = {}): TTaskFact {
  return {
    id,
    code: `T-${id}`,
    title: `任务${id}`,
    leadUnitId,
    isKey: false,
    startDate: '2024-01-01',
    dueDate: '2024-12-31',
    status: 'in_progress',
    completedAt: null,
    progress: 0,
    ...over,
  };
}

/** A task completed on `completedAt` (due at the end of June unless said otherwise). */
export function buildDoneTask(
  id: string,
  leadUnitId: string,
  completedAt: string,
  over: Partial<TTaskFact> = {},
): TTaskFact {
  return buildTask(id, leadUnitId, {
    dueDate: '2024-06-30',
    status: 'completed',
    completedAt,
    progress: 100,
    ...over,
  });
}

/** A report due on `deadline`, submitted on `submittedAt` (null: not submitted). */
export function buildReport(
  id: string,
  unitId: string,
  deadline: string,
  submittedAt: string | null,
): TExpectedReportFact {
  return { id, taskId: 'T', unitId, period: deadline.slice(0, 7), deadline, submittedAt };
}

/** A parsed scheme for 2024 with one group of departments, the given components and nothing else unless given. */
export function buildScheme(over: Partial<TAssessmentSchemeInput> = {}): TAssessmentScheme {
  return ZAssessmentScheme.parse({
    year: 2024,
    version: 1,
    name: 'test',
    groups: [{ key: 'departments', name: '区直部门', unitKinds: ['department'] }],
    components: [
      { key: 'task_completion', weight: 50 },
      { key: 'satisfaction', weight: 50 },
    ],
    deductions: { cap: null, rules: [] },
    bonuses: { cap: null, rules: [] },
    vetoes: [{ key: 'major_safety_accident', name: '重大安全生产事故' }],
    grades: [
      { key: 'excellent', name: '优秀', floor: 90, quota: { maxPercent: 20 } },
      { key: 'good', name: '良好', floor: 80 },
      { key: 'fair', name: '一般', floor: 60 },
      { key: 'poor', name: '较差', floor: 0 },
    ],
    ...over,
  });
}
