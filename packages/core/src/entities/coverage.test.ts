import { describe, expect, it } from 'vitest';
import { coverageInput, findOverlappingCoverage } from './coverage.ts';
import type { Coverage } from './coverage.ts';

const payerId = '0b6f1d2e-0000-4000-8000-00000000000a';
const subscriber = {
  lastName: 'Rivera',
  firstName: 'Jose',
  dateOfBirth: '1980-02-03',
  sex: 'M',
  address: { line1: '12 Oak Ave', city: 'Springfield', state: 'IL', zip: '62704' },
};

const coverage = (id: string, order: string, from: string, to?: string): Coverage => ({
  ...coverageInput.parse({
    payerId,
    order,
    memberId: `M${id}`,
    relationship: '18',
    effectiveFrom: from,
    ...(to ? { effectiveTo: to } : {}),
  }),
  id,
  patientId: 'p',
});

describe('coverageInput', () => {
  it.each([
    [{ relationship: '19' }, 'subscriber'],
    [{ relationship: '18', subscriber }, 'subscriber'],
    [{ relationship: '03' }, 'relationship'],
    [{ effectiveTo: '2020-12-31' }, 'effectiveTo'],
    [{ memberId: 'x' }, 'memberId'],
    [{ order: 'quaternary' }, 'order'],
  ])('refuses %o at %s', (change, path) => {
    const parsed = coverageInput.safeParse({
      payerId,
      order: 'primary',
      memberId: 'W123456789',
      relationship: '18',
      effectiveFrom: '2021-01-01',
      ...change,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('takes a child on a parent’s policy with the subscriber named', () => {
    const parsed = coverageInput.safeParse({
      payerId,
      order: 'primary',
      memberId: 'w123456789',
      relationship: '19',
      subscriber,
      effectiveFrom: '2021-01-01',
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.memberId).toBe('W123456789');
  });
});

describe('findOverlappingCoverage', () => {
  const existing = [
    coverage('a', 'primary', '2024-01-01', '2024-12-31'),
    coverage('b', 'secondary', '2024-01-01'),
  ];

  it.each([
    ['a primary starting after the old one ended', 'primary', '2025-01-01', undefined, undefined],
    ['a primary overlapping by one day', 'primary', '2024-12-31', undefined, 'a'],
    [
      'a primary that ends before the old one starts',
      'primary',
      '2023-01-01',
      '2023-12-31',
      undefined,
    ],
    ['an open secondary beside an open secondary', 'secondary', '2030-01-01', undefined, 'b'],
    ['a tertiary', 'tertiary', '2024-01-01', undefined, undefined],
  ])('%s', (_label, order, from, to, clash) => {
    const candidate = coverageInput.parse({
      payerId,
      order,
      memberId: 'NEW1',
      relationship: '18',
      effectiveFrom: from,
      ...(to ? { effectiveTo: to } : {}),
    });
    expect(findOverlappingCoverage(existing, candidate)?.id).toBe(clash);
  });

  it('ignores the coverage being replaced', () => {
    const candidate = coverageInput.parse({
      payerId,
      order: 'primary',
      memberId: 'M1',
      relationship: '18',
      effectiveFrom: '2024-02-01',
    });
    expect(findOverlappingCoverage(existing, candidate, 'a')).toBeUndefined();
  });
});
