import { describe, expect, it } from 'vitest';
import { findRoleConflict } from './roles';

describe('三员分立: findRoleConflict', () => {
  it('accepts admin alone, auditor alone and any mix of business roles', () => {
    expect(findRoleConflict(['admin'])).toBeNull();
    expect(findRoleConflict(['auditor'])).toBeNull();
    expect(findRoleConflict(['supervisor', 'leader'])).toBeNull();
    expect(findRoleConflict(['unit_head', 'unit_operator'])).toBeNull();
  });
  it('rejects admin or auditor combined with anything', () => {
    expect(findRoleConflict(['admin', 'auditor'])).not.toBeNull();
    expect(findRoleConflict(['admin', 'supervisor'])).not.toBeNull();
    expect(findRoleConflict(['auditor', 'unit_operator'])).not.toBeNull();
  });
});
