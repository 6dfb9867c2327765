import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import type { ClaimOnFile, ScrubContext } from '../rule.ts';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimWithLines, procedureLine, testFacts } from './code-facts.fixture.ts';
import { globalSurgery } from './global-surgery.ts';

const rule = globalSurgery(testFacts);

const withSurgery = (
  code: string,
  date: string,
  surgeon: Partial<ClaimOnFile> = {},
): ScrubContext => ({
  ...context,
  claimsOnFile: [
    {
      claimNumber: 'A099999-1',
      patientAccountNumber: cleanClaim.patient.accountNumber,
      ...surgeon,
      lines: [{ serviceDate: isoDate(date), procedureCode: code, modifiers: [] }],
    },
  ],
});

describe('GLOBAL-SURG-001 E/M inside a global period', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['27447', '2026-02-10', [], '90-day global period of 27447'],
    ['27447', '2026-02-10', ['24'], undefined],
    ['27447', '2025-11-01', [], undefined],
    ['27447', '2026-03-03', [], 'add 57'],
    ['10060', '2026-02-25', [], '10-day global period of 10060'],
    ['10060', '2026-02-15', [], undefined],
    ['20610', '2026-03-01', [], undefined],
  ])('%s on %s, E/M %j', (code, date, modifiers, message) => {
    const claim = claimWithLines(procedureLine('99213', { modifiers }));
    const [finding] = rule.check(claim, withSurgery(code, date));
    if (message === undefined) expect(finding).toBeUndefined();
    else expect(finding?.message + ' ' + finding?.fix).toContain(message);
  });

  const claim = claimWithLines(procedureLine('99213'));
  const rendering = claim.renderingProvider ?? claim.billingProvider;
  const group = claim.billingProvider.npi;
  it.each<[string, Partial<ClaimOnFile>, boolean]>([
    ['the same surgeon', { renderingProviderNpi: rendering.npi }, true],
    [
      'the same group and specialty',
      {
        renderingProviderNpi: '1003000126',
        billingProviderNpi: group,
        renderingTaxonomy: rendering.taxonomy ?? '',
      },
      true,
    ],
    [
      'the same group, another specialty',
      {
        renderingProviderNpi: '1003000126',
        billingProviderNpi: group,
        renderingTaxonomy: '207X00000X',
      },
      false,
    ],
    [
      'another group',
      {
        renderingProviderNpi: '1003000126',
        billingProviderNpi: '1999999992',
        renderingTaxonomy: rendering.taxonomy ?? '',
      },
      false,
    ],
  ])('counts a surgery on file by %s: %s', (_, surgeon, counts) => {
    expect(rule.check(claim, withSurgery('27447', '2026-02-10', surgeon))).toHaveLength(
      counts ? 1 : 0,
    );
  });
});
