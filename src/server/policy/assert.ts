import { AppError } from '../errors';

/** A use case's permission gate: a refused check is 403 FORBIDDEN, whatever the module. */
export function assertCan(allowed: boolean): void {
  if (!allowed) throw new AppError('FORBIDDEN');
}
