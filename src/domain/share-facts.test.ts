import { describe, expect, it } from 'vitest';
import { closedPeriodsOfYear, expectedShareFacts } from './share-facts';

describe('co-units’ expected shares as assessment facts', () => {
  it('lists the closed months or quarters of the year', () => {
    expect(closedPeriodsOfYear(2024, '2024-04-10', 'month')).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(closedPeriodsOfYear(2024, '2024-07-01', 'quarter')).toEqual(['2024-Q1', '2024-Q2']);
    expect(closedPeriodsOfYear(2024, '2024-01-31', 'month')).toEqual([]);
  });

  it('expects one share per co-unit and period from acceptance on; a share given is dated, a missing one is null', () => {
    const task = {
      id: 't1',
      coUnitIds: ['c1', 'c2'],
      status: 'in_progress',
      acceptedOn: '2024-02-10',
      completedOn: null,
    };
    const facts = expectedShareFacts(
      [task, { ...task, id: 't2', status: 'cancelled' }, { ...task, id: 't3', acceptedOn: null }],
      [{ taskId: 't1', unitId: 'c1', period: '2024-02', status: 'submitted', givenOn: '2024-02-27' }],
      ['2024-01', '2024-02', '2024-03'],
    );
    expect(facts.map((f) => [f.id, f.unitId, f.period, f.deadline, f.submittedAt])).toEqual([
      ['t1:2024-02:share:c1', 'c1', '2024-02', '2024-02-29', '2024-02-27'],
      ['t1:2024-02:share:c2', 'c2', '2024-02', '2024-02-29', null],
      ['t1:2024-03:share:c1', 'c1', '2024-03', '2024-03-31', null],
      ['t1:2024-03:share:c2', 'c2', '2024-03', '2024-03-31', null],
    ]);
  });

  it('counts a returned share not redone as not given, and a redone one from the day it was redone', () => {
    const task = {
      id: 't',
      coUnitIds: ['c'],
      status: 'in_progress',
      acceptedOn: '2024-01-02',
      completedOn: null,
    };
    const facts = expectedShareFacts(
      [task],
      [
        { taskId: 't', unitId: 'c', period: '2024-01', status: 'returned', givenOn: '2024-01-20' },
        { taskId: 't', unitId: 'c', period: '2024-02', status: 'consolidated', givenOn: '2024-03-04' },
      ],
      ['2024-01', '2024-02'],
    );
    expect(facts.map((f) => [f.period, f.submittedAt])).toEqual([
      ['2024-01', null],
      ['2024-02', '2024-03-04'],
    ]);
  });

  it('owes nothing for periods that began after the task was completed', () => {
    const done = {
      id: 't',
      coUnitIds: ['c'],
      status: 'completed',
      acceptedOn: '2024-01-02',
      completedOn: '2024-02-01',
    };
    expect(expectedShareFacts([done], [], ['2024-01', '2024-02', '2024-03']).map((f) => f.period)).toEqual([
      '2024-01',
    ]);
  });
});
