import { describe, expect, it } from 'vitest';
import { ZAssessmentFacts } from './facts';
import { buildDoneTask, buildTask, buildUnit } from './test-builders';

const paths = (input: unknown) => {
  const parsed = ZAssessmentFacts.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('facts', () => {
  it('accept units alone, filling the other collections with none', () => {
    const parsed = ZAssessmentFacts.parse({ units: [buildUnit('U')] });
    expect(parsed.tasks).toEqual([]);
    expect(parsed.bulletinCriticisms).toEqual([]);
  });
  it('reject an id used twice in a collection, so nothing counts twice', () => {
    expect(paths({ units: [buildUnit('U')], tasks: [buildTask('t', 'U'), buildTask('t', 'U')] })).toEqual([
      'tasks.1.id',
    ]);
  });
  it('reject a completed task without completedAt, a due date before the start, and a malformed date', () => {
    expect(
      paths({ units: [], tasks: [{ ...buildDoneTask('t', 'U', '2024-06-30'), completedAt: null }] }),
    ).toEqual(['tasks.0.completedAt']);
    expect(
      paths({ units: [], tasks: [buildTask('t', 'U', { startDate: '2024-05-01', dueDate: '2024-04-30' })] }),
    ).toEqual(['tasks.0.dueDate']);
    expect(paths({ units: [], tasks: [buildTask('t', 'U', { dueDate: '2024-02-30' })] })).toEqual([
      'tasks.0.dueDate',
    ]);
  });
  it('reject a second light for the same task and month', () => {
    const light = { unitId: 'U', taskId: 't', month: '2024-03', light: 'red' };
    expect(
      paths({
        units: [],
        lights: [
          { id: 'a', ...light },
          { id: 'b', ...light, light: 'yellow' },
        ],
      }),
    ).toEqual(['lights.1']);
  });
});
