/**
 * The fields each public route may answer (test/security/public-routes.int.test.ts walks every route against
 * these): a route without a line here fails that test. Pages are HTML and are checked for secrets and ids only.
 */
export type Shape = { [key: string]: true | Shape };
const taskShape: Shape = Object.fromEntries(
  [
    'key',
    'decision',
    'title',
    'leadUnit',
    'dueDate',
    'progress',
    'light',
    'publicSummary',
    'summaryPeriod',
    'updatedOn',
  ].map((k) => [k, true]),
);
const flat = (keys: string[]): Shape => Object.fromEntries(keys.map((k) => [k, true]));
const standingKeys = ['total', 'done', 'onTrack', 'behind'];
const livelihoodKeys = [
  'key',
  'title',
  'leadUnit',
  'dueDate',
  'progress',
  'standing',
  'light',
  'publicSummary',
  'summaryPeriod',
  'updatedOn',
];
/** The JSON each public API route may answer; pages are HTML and are checked for secrets and ids only. */
export const allowLists: Record<string, Shape | 'html'> = {
  'GET /public/api/:slug/projects': {
    ...flat(['district', 'updatedAt', 'asOf', 'fields']),
    // The project fields are the office's choice, checked per choice in public-projects.int.test.ts.
    projects: true,
  },
  'GET /public/:slug/projects': 'html',
  'GET /public/api/:slug/tasks': { ...flat(['district', 'updatedAt', 'asOf']), tasks: taskShape },
  'GET /public/:slug/tasks': 'html',
  'GET /public/api/:slug/livelihood': {
    ...flat(['district', 'updatedAt', 'asOf']),
    summary: flat(standingKeys),
    tasks: flat([...livelihoodKeys]),
  },
  'GET /public/:slug/livelihood': 'html',
  'GET /public/api/:slug/bulletins': {
    ...flat(['district', 'updatedAt', 'asOf']),
    bulletins: flat(['period', 'title', 'issue', 'publishedOn', 'updatedOn']),
  },
  'GET /public/api/:slug/bulletins/:period': {
    ...flat(['district', 'updatedAt', 'asOf']),
    bulletin: {
      ...flat(['period', 'title', 'issue', 'publishedOn', 'figuresAsOf', 'foreword', 'updatedOn']),
      overall: flat([...standingKeys, 'completionRate']),
      decisions: flat([...standingKeys, 'title']),
      tasks: flat([
        'key',
        'title',
        'decision',
        'leadUnit',
        'dueDate',
        'progress',
        'standing',
        'light',
        'livelihood',
      ]),
    },
  },
  'GET /public/:slug/bulletins': 'html',
  'GET /public/:slug/bulletins/:period': 'html',
  'GET /public/api/:slug/results': {
    ...flat(['district', 'updatedAt', 'asOf']),
    results: {
      ...flat(['year', 'publishedOn', 'windowEndsOn', 'isFinal', 'version', 'updatedOn']),
      groups: { name: true, units: flat(['unit', 'total', 'rank', 'grade']) },
    },
  },
  'GET /public/:slug/results': 'html',
  'GET /public/api/:slug/feedback': {
    ...flat(['district', 'updatedAt']),
    items: flat(['about', 'message', 'answer', 'receivedOn', 'answeredOn']),
  },
  'POST /public/api/:slug/feedback': flat(['receipt', 'status', 'receivedOn']),
  'GET /public/api/:slug/feedback/:receipt': flat([
    'status',
    'about',
    'receivedOn',
    'caseOpened',
    'answer',
    'closeReason',
    'decidedOn',
  ]),
  'GET /public/:slug/feedback': 'html',
  'POST /public/:slug/feedback': 'html',
  'POST /public/:slug/feedback/lookup': 'html',
  'GET /public/api/:slug/surveys/:code': {
    ...flat(['district', 'title', 'intro', 'closesOn']),
    subjects: flat(['key', 'label']),
    questions: flat(['id', 'text', 'scale']),
  },
  'POST /public/api/:slug/surveys/:code': flat(['status', 'answeredOn']),
  'GET /public/:slug/surveys': 'html',
  'GET /public/:slug/surveys/:code': 'html',
  'POST /public/:slug/surveys': 'html',
  'POST /public/:slug/surveys/:code': 'html',
};

/** Keys outside the allow-list, as paths (arrays are walked element by element). */
export function extraKeys(value: unknown, shape: Shape | true, path = ''): string[] {
  if (shape === true || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => extraKeys(v, shape, `${path}[${i}]`));
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    k in shape ? extraKeys(v, shape[k] as Shape | true, `${path}.${k}`) : [`${path}.${k}`],
  );
}
