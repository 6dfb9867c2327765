import { describe, expect, it } from 'vitest';
import { navItemsFor } from './nav-items.ts';

const labels = (roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((i) => i.label);

describe('navItemsFor', () => {
  it('gives the admin every screen', () => {
    expect(labels(['admin'])).toContain('Audit log');
  });
  it('keeps the audit log and remittances from the front desk', () => {
    expect(labels(['front_desk'])).toEqual(['Facility bills', 'Patients', 'Code sets']);
  });
  it("gives the provider their queue of coders' questions", () => {
    expect(labels(['provider'])).toEqual([
      'Coding',
      'My queries',
      'Facility bills',
      'Patients',
      'Code sets',
    ]);
  });
  it('unites the screens of several roles', () => {
    expect(labels(['front_desk', 'coder'])).toEqual([
      'Dashboard',
      'Coding',
      'Claims',
      'Facility bills',
      'Patients',
      'Code sets',
    ]);
  });
});
