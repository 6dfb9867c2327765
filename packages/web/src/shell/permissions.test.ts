import { describe, expect, it } from 'vitest';
import { can } from './permissions.ts';

describe('can (mirrors packages/core/src/access.ts)', () => {
  it.each([
    [['front_desk'], 'patients:write', true],
    [['front_desk'], 'claims:write', false],
    [['manager'], 'claims:write', false],
    [['biller'], 'claims:write', true],
    [['provider'], 'queries:answer', true],
    [['provider'], 'encounters:write', false],
    [['coder', 'provider'], 'encounters:write', true],
    [['admin'], 'codes:write', true],
    [['manager'], 'codes:write', false],
  ] as const)('%j %s → %s', (roles, permission, allowed) =>
    expect(can(roles, permission)).toBe(allowed),
  );
});
