import { describe, expect, it } from 'vitest';
import {
  ADMINISTRATIVE_SEX,
  ADMINISTRATIVE_SEX_LABELS,
  CLAIM_FILING_INDICATORS,
  CLAIM_FILING_INDICATOR_LABELS,
  CLAIM_FREQUENCY_CODES,
  CLAIM_FREQUENCY_LABELS,
  COVERAGE_ORDERS,
  PAYER_RESPONSIBILITY_CODES,
  RELATIONSHIP_CODES,
  RELATIONSHIP_LABELS,
  coverageOrderFromPayerResponsibility,
  isAdministrativeSex,
  isClaimFilingIndicator,
  isClaimFrequencyCode,
  isCoverageOrder,
  isPayerResponsibilityCode,
  isRelationshipCode,
} from './x12-codes.ts';

describe('code lists and their labels agree', () => {
  it.each([
    ['claim filing indicators', CLAIM_FILING_INDICATORS, CLAIM_FILING_INDICATOR_LABELS, 23],
    ['relationship codes', RELATIONSHIP_CODES, RELATIONSHIP_LABELS, 9],
    ['administrative sex', ADMINISTRATIVE_SEX, ADMINISTRATIVE_SEX_LABELS, 3],
    ['claim frequency codes', CLAIM_FREQUENCY_CODES, CLAIM_FREQUENCY_LABELS, 3],
  ])('%s', (_label, codes, labels, count) => {
    expect(codes).toHaveLength(count);
    expect(Object.keys(labels).toSorted()).toEqual([...codes].toSorted());
  });
});

describe('claim filing indicators', () => {
  it.each([
    ['MB', 'Medicare Part B'],
    ['MA', 'Medicare Part A'],
    ['MC', 'Medicaid'],
    ['CI', 'Commercial Insurance Co.'],
    ['BL', 'Blue Cross/Blue Shield'],
    ['HM', 'Health Maintenance Organization'],
    ['16', 'Health Maintenance Organization (HMO) Medicare Risk'],
    ['12', 'Preferred Provider Organization (PPO)'],
    ['WC', "Workers' Compensation Health Claim"],
    ['ZZ', 'Mutually Defined'],
  ] as const)('%s is %s', (code, label) => {
    expect(isClaimFilingIndicator(code)).toBe(true);
    expect(CLAIM_FILING_INDICATOR_LABELS[code]).toBe(label);
  });

  it.each([['mb'], ['MX'], ['10'], [' MB'], ['']])('%j is not one', (text) => {
    expect(isClaimFilingIndicator(text)).toBe(false);
  });
});

describe('relationship codes', () => {
  it.each([
    ['18', 'Self'],
    ['01', 'Spouse'],
    ['19', 'Child'],
    ['20', 'Employee'],
    ['21', 'Unknown'],
    ['39', 'Organ Donor'],
    ['40', 'Cadaver Donor'],
    ['53', 'Life Partner'],
    ['G8', 'Other Relationship'],
  ] as const)('%s is %s', (code, label) => {
    expect(isRelationshipCode(code)).toBe(true);
    expect(RELATIONSHIP_LABELS[code]).toBe(label);
  });

  it.each([['1'], ['17'], ['g8'], ['']])('%j is not one (5010 dropped the 4010 codes)', (text) => {
    expect(isRelationshipCode(text)).toBe(false);
  });
});

describe('administrative sex and claim frequency', () => {
  it.each([
    ['M', true],
    ['F', true],
    ['U', true],
    ['X', false],
    ['m', false],
  ])('%j is an administrative sex: %s', (text, expected) => {
    expect(isAdministrativeSex(text)).toBe(expected);
  });

  it.each([
    ['1', 'Original claim'],
    ['7', 'Replacement of prior claim'],
    ['8', 'Void/cancel of prior claim'],
  ] as const)('frequency %s is %s', (code, label) => {
    expect(isClaimFrequencyCode(code)).toBe(true);
    expect(CLAIM_FREQUENCY_LABELS[code]).toBe(label);
  });

  it.each([['0'], ['2'], ['6'], ['']])(
    '%j is not a frequency code for a professional claim',
    (text) => {
      expect(isClaimFrequencyCode(text)).toBe(false);
    },
  );
});

describe('coverage order and SBR01', () => {
  it.each([
    ['primary', 'P'],
    ['secondary', 'S'],
    ['tertiary', 'T'],
  ] as const)('%s is SBR01 %s and back', (order, code) => {
    expect(isCoverageOrder(order)).toBe(true);
    expect(PAYER_RESPONSIBILITY_CODES[order]).toBe(code);
    expect(isPayerResponsibilityCode(code)).toBe(true);
    expect(coverageOrderFromPayerResponsibility(code)).toBe(order);
  });

  it('lists the orders in billing sequence', () => {
    expect(COVERAGE_ORDERS).toEqual(['primary', 'secondary', 'tertiary']);
  });

  it.each([['A'], ['U'], ['p'], ['']])('%j is not a supported SBR01 code', (text) => {
    expect(isPayerResponsibilityCode(text)).toBe(false);
  });

  it.each([['Primary'], ['quaternary'], ['']])('%j is not a coverage order', (text) => {
    expect(isCoverageOrder(text)).toBe(false);
  });
});
