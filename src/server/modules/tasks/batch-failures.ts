import { AppError } from '../../errors';

/** Why one task of a batch could not be handled; the code is for the page, the message for the clerk. */
export interface BatchFailure {
  taskId: string;
  code: 'NOT_FOUND' | 'NOT_LEAD_UNIT' | 'INVALID_STATUS' | 'ALREADY_REPORTED' | 'NO_PREVIOUS_REPORT';
  message: string;
}

/**
 * All or nothing: a batch with any failure answers 422 BATCH_REFUSED listing every failure, and the
 * transaction it is thrown in changes nothing. A task the caller may not see is "not found", as on its own.
 */
export function refuseBatch(failures: readonly BatchFailure[]): void {
  if (failures.length > 0) throw new AppError('BATCH_REFUSED', { details: { failures } });
}
