import { isoDate } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { officialStore } from './load-store-for-tests.ts';
import { manifestationEvidence } from './manifestation.ts';
import { sequencingProblems } from './sequencing.ts';

let store: Icd10cmStore;
beforeAll(async () => {
  store = await officialStore(new Set(['I43', 'H350']));
});
const DOS = isoDate('2026-01-15');
const brief = (codes: string[]): string[] =>
  sequencingProblems(store, codes, DOS).map((p) => `${p.severity} ${p.code} ${p.path}`);

describe('sequencingProblems (Guidelines I.A.13, I.C.20)', () => {
  it.each([
    [['G30.9', 'F02.80'], []],
    [
      ['F02.80', 'G30.9'],
      ['error manifestation-first codes.0', 'error etiology-after codes.1'],
    ],
    [
      ['G63', 'E85.4'],
      ['error manifestation-first codes.0', 'error etiology-after codes.1'],
    ],
    [['N18.4', 'D63.1'], []],
    [['D63.1'], ['error manifestation-first codes.0', 'error etiology-missing codes.0']],
    [['I10', 'D63.1'], ['error etiology-missing codes.1']],
    [['W19.XXXA', 'S72.001A'], ['error external-cause-first codes.0']],
    [['S72.001A', 'W19.XXXA'], []],
    [['Y92.009', 'S52.531A'], ['error external-cause-first codes.0']],
    [['E11.22', 'N18.30'], []],
    [['N18.30', 'E11.22'], ['warning etiology-after codes.1']],
    [
      ['I43', 'E85.4'],
      ['error manifestation-first codes.0', 'error etiology-after codes.1'],
    ],
    [['H35.00'], ['warning manifestation-first codes.0']],
    [['D64.1'], ['warning manifestation-first codes.0']],
    [['I50.9'], []],
    [['I50.9', 'I11.0'], ['warning etiology-after codes.1']],
    [['I11.0', 'I50.9'], []],
    [['Z85.3'], []],
  ])('%j → %j', (codes, expected) => {
    expect(brief(codes)).toEqual(expected);
  });

  it('explains the problem', () => {
    const [first] = sequencingProblems(store, ['W19.XXXA', 'S72.001A'], DOS);
    expect(first?.message).toBe(
      'W19.XXXA is an external cause code (V00-Y99) and may never be first-listed (Guideline I.C.20).',
    );
    const missing = sequencingProblems(store, ['I10', 'D63.1'], DOS)[0];
    expect(missing?.message).toBe(
      'D63.1 requires its underlying condition to be coded first (N18).',
    );
  });

  it.each([
    ['G63', 'title'],
    ['F02.80', 'title'],
    ['I43', 'title'],
    ['H35.00', 'index-bracket'],
    ['D63.1', 'title'],
    ['D64.1', 'code-first-underlying'],
    ['N18.4', undefined],
    ['E11.22', undefined],
  ])('%s is a manifestation on evidence %s', (code, evidence) => {
    expect(manifestationEvidence(store, code.replace('.', ''), DOS)).toBe(evidence);
  });
});
