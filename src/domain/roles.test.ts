import { describe, expect, it } from 'vitest';
import { findRoleConflict, separatedRolesGivenUp } from './roles';

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
  it('the security officer is the third: alone, never with admin, auditor or a business role', () => {
    expect(findRoleConflict(['security_officer'])).toBeNull();
    expect(findRoleConflict(['security_officer', 'admin'])).not.toBeNull();
    expect(findRoleConflict(['security_officer', 'auditor'])).not.toBeNull();
    expect(findRoleConflict(['security_officer', 'leader'])).not.toBeNull();
  });
});

describe('separatedRolesGivenUp', () => {
  it('names a separated role removed, or every one held when the account is disabled', () => {
    const admin = { roles: ['admin'], active: true };
    expect(separatedRolesGivenUp(admin, { roles: ['supervisor'], active: true })).toEqual(['admin']);
    expect(separatedRolesGivenUp(admin, { roles: ['admin'], active: false })).toEqual(['admin']);
    expect(separatedRolesGivenUp(admin, admin)).toEqual([]);
    expect(
      separatedRolesGivenUp({ roles: ['leader'], active: true }, { roles: ['leader'], active: false }),
    ).toEqual([]);
    expect(
      separatedRolesGivenUp({ roles: ['auditor'], active: false }, { roles: ['auditor'], active: false }),
    ).toEqual([]);
  });
});
