import { isoDate } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ageSexConflict, sexFromTitle } from './age-sex.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { officialStore } from './load-store-for-tests.ts';

let store: Icd10cmStore;
beforeAll(async () => {
  store = await officialStore();
});
const DOS = isoDate('2026-01-15');

describe('ageSexConflict (MCE ranges, tabular sections, titles)', () => {
  it.each([
    ['O80', 30, 'F', []],
    ['O80', 30, 'M', ['error sex-conflict']],
    ['O80', 60, 'F', ['warning age-conflict']],
    ['O80', 11, 'F', ['warning age-conflict']],
    ['Z3A.20', 10, 'F', ['warning age-conflict']],
    ['P07.30', 0, 'M', []],
    ['P07.30', 40, 'M', ['warning age-conflict']],
    ['Z38.00', 1, 'F', ['error age-conflict']],
    ['N40.0', 70, 'F', ['error sex-conflict']],
    ['N40.0', 70, 'M', []],
    ['C53.9', 50, 'M', ['error sex-conflict']],
    ['C50.912', 50, 'M', ['warning sex-conflict']],
    ['C50.921', 50, 'F', ['warning sex-conflict']],
    ['C50.921', 50, 'U', []],
    ['F93.0', 30, 'F', ['warning age-conflict']],
    ['F93.0', 8, 'F', []],
    ['Z00.00', 10, 'M', ['warning age-conflict']],
    ['I10', 45, 'M', []],
    ['Y07.491', 30, 'M', []],
  ] as const)('%s, age %i, sex %s → %j', (code, age, sex, expected) => {
    const problems = ageSexConflict(store, code, { age, sex }, DOS);
    expect(problems.map((p) => `${p.severity} ${p.code}`)).toEqual(expected);
  });

  it('cites the source', () => {
    const [problem] = ageSexConflict(store, 'N40.0', { age: 70, sex: 'F' }, DOS);
    expect(problem?.message).toBe(
      'N40.0: male only, patient is F (Tabular section "Diseases of male genital organs (N40-N53)").',
    );
  });

  it.each([
    ['Malignant neoplasm of unspecified site of left female breast', 'F'],
    ['Other injury of prostate, subsequent encounter', 'M'],
    ['Female cousin, perpetrator of maltreatment and neglect', undefined],
    ['Family history of malignant neoplasm of fallopian tube(s)', undefined],
    ['Encounter for male factor infertility in female patient', 'F'],
    ['Single liveborn infant, delivered vaginally', undefined],
    ['Tunica vaginalis hydrocele', undefined],
  ])('sexFromTitle(%s) → %s', (title, sex) => {
    expect(sexFromTitle(title)).toBe(sex);
  });
});
