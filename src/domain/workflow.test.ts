import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  assertTransition,
  InvalidTransitionError,
  machineActions,
  machineStatuses,
  nextRectificationStatus,
  nextReportStatus,
  nextRequestStatus,
  nextStatus,
  nextSupervisionCaseStatus,
  nextTaskStatus,
  type MachineName,
} from './workflow';

// The allowed moves, written out independently of the implementation's tables: [from, action, to].
const allowed: { [M in MachineName]: Array<[string, string, string]> } = {
  task: [
    ['draft', 'publish', 'published'],
    ['published', 'accept', 'in_progress'],
    ['in_progress', 'request_completion', 'completion_requested'],
    ['completion_requested', 'approve_completion', 'completed'],
    ['completion_requested', 'reject_completion', 'in_progress'],
    ['published', 'suspend', 'suspended'],
    ['in_progress', 'suspend', 'suspended'],
    ['completion_requested', 'suspend', 'suspended'],
    ['suspended', 'resume', 'in_progress'],
    ['draft', 'cancel', 'cancelled'],
    ['published', 'cancel', 'cancelled'],
    ['in_progress', 'cancel', 'cancelled'],
    ['completion_requested', 'cancel', 'cancelled'],
    ['suspended', 'cancel', 'cancelled'],
  ],
  report: [
    ['submitted', 'sign', 'signed'],
    ['submitted', 'approve', 'approved'],
    ['signed', 'approve', 'approved'],
    ['submitted', 'return', 'returned'],
    ['signed', 'return', 'returned'],
    ['returned', 'resubmit', 'submitted'],
  ],
  request: [
    ['pending', 'approve', 'approved'],
    ['pending', 'reject', 'rejected'],
  ],
  supervisionCase: [
    ['issued', 'answer', 'answered'],
    ['answered', 'close', 'closed'],
    ['answered', 'send_back', 'issued'],
    ['issued', 'escalate', 'escalated'],
    ['answered', 'escalate', 'escalated'],
    ['escalated', 'reissue', 'issued'],
  ],
  rectification: [
    ['open', 'submit', 'submitted'],
    ['submitted', 'verify', 'verified'],
    ['submitted', 'reject', 'open'],
  ],
  achievement: [
    ['declared', 'verify', 'verified'],
    ['declared', 'reject', 'rejected'],
  ],
};

const machines = Object.keys(allowed) as MachineName[];

// Loosely typed views for table-driven tests over every machine.
const next = nextStatus as (m: MachineName, from: string, action: string, options?: object) => string | null;
const assertMove = assertTransition as (
  m: MachineName,
  from: string,
  action: string,
  options?: object,
) => string;
const actionsFrom = allowedActions as (m: MachineName, from: string, options?: object) => string[];

describe.each(machines)('%s machine', (machine) => {
  const moves = allowed[machine];
  const statuses = machineStatuses[machine] as readonly string[];
  const actions = machineActions[machine] as readonly string[];

  it.each(moves)('allows %s --%s--> %s', (from, action, to) => {
    expect(next(machine, from, action)).toBe(to);
    expect(assertMove(machine, from, action)).toBe(to);
  });

  const rejected = statuses.flatMap((from) =>
    actions
      .filter((action) => !moves.some(([f, a]) => f === from && a === action))
      .map((action) => [from, action]),
  );
  it.each(rejected)('rejects %s --%s-->', (from, action) => {
    expect(next(machine, from, action)).toBeNull();
    expect(() => assertMove(machine, from, action)).toThrow(InvalidTransitionError);
  });

  it('covers every state × action pair between the two tables', () => {
    expect(moves.length + rejected.length).toBe(statuses.length * actions.length);
  });

  it.each(statuses)('allowedActions from %s lists exactly the allowed moves', (from) => {
    const expected = actions.filter((a) => moves.some(([f, act]) => f === from && act === a));
    expect(actionsFrom(machine, from)).toEqual(expected);
  });
});

describe('task options', () => {
  it('resumes to the state the task was suspended from', () => {
    expect(nextTaskStatus('suspended', 'resume', { resumeTo: 'published' })).toBe('published');
    expect(nextTaskStatus('suspended', 'resume', { resumeTo: 'completion_requested' })).toBe(
      'completion_requested',
    );
    expect(nextTaskStatus('suspended', 'resume', { resumeTo: 'in_progress' })).toBe('in_progress');
    expect(nextTaskStatus('suspended', 'resume')).toBe('in_progress');
  });
  it('refuses to resume to a state a task cannot be suspended from', () => {
    const bad = { resumeTo: 'completed' } as unknown as { resumeTo: 'in_progress' };
    expect(nextTaskStatus('suspended', 'resume', bad)).toBeNull();
  });
  it('does not resume a task that is not suspended, whatever the target', () => {
    expect(nextTaskStatus('in_progress', 'resume', { resumeTo: 'published' })).toBeNull();
  });
});

describe('report sign-off', () => {
  it('approves a submitted report when sign-off is not required', () => {
    expect(nextReportStatus('submitted', 'approve', { requireSignOff: false })).toBe('approved');
    expect(nextReportStatus('submitted', 'approve')).toBe('approved');
  });
  it('approves only a signed report when sign-off is required', () => {
    expect(nextReportStatus('submitted', 'approve', { requireSignOff: true })).toBeNull();
    expect(nextReportStatus('signed', 'approve', { requireSignOff: true })).toBe('approved');
    expect(allowedActions('report', 'submitted', { requireSignOff: true })).toEqual(['sign', 'return']);
    expect(allowedActions('report', 'signed', { requireSignOff: true })).toEqual(['approve', 'return']);
  });
  it('still allows returning a submitted report when sign-off is required', () => {
    expect(nextReportStatus('submitted', 'return', { requireSignOff: true })).toBe('returned');
  });
});

describe('per-machine functions', () => {
  it('agree with the generic one', () => {
    expect(nextRequestStatus('pending', 'reject')).toBe('rejected');
    expect(nextRequestStatus('approved', 'reject')).toBeNull();
    expect(nextSupervisionCaseStatus('escalated', 'reissue')).toBe('issued');
    expect(nextSupervisionCaseStatus('closed', 'reissue')).toBeNull();
    expect(nextRectificationStatus('submitted', 'reject')).toBe('open');
    expect(nextRectificationStatus('verified', 'reject')).toBeNull();
  });
});

describe('InvalidTransitionError', () => {
  it('carries the machine, state and action, and the 409 code', () => {
    let caught: unknown;
    try {
      assertTransition('task', 'completed', 'cancel');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidTransitionError);
    expect(caught).toBeInstanceOf(Error);
    expect(caught).toMatchObject({
      machine: 'task',
      from: 'completed',
      action: 'cancel',
      code: 'INVALID_TRANSITION',
      name: 'InvalidTransitionError',
    });
  });
  it('refuses unknown actions and inherited property names instead of crashing', () => {
    expect(next('task', 'draft', 'constructor')).toBeNull();
    expect(next('task', 'draft', 'toString')).toBeNull();
    expect(next('task', 'draft', 'fly')).toBeNull();
    expect(next('task', 'nowhere', 'publish')).toBeNull();
  });
});
