import { isoDate } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { officialStore } from './load-store-for-tests.ts';
import { seventhCharacter } from './seventh-character.ts';

let store: Icd10cmStore;
beforeAll(async () => {
  store = await officialStore();
});
const FY2026 = isoDate('2026-01-15');

describe('seventhCharacter (sevenChrDef inherited; completions from the DOS release)', () => {
  it.each([
    ['S52.531', 'S52', ['S52531'], 'ABCDEFGHJKMNPQRS', 'S52531A'],
    [
      'T81.4',
      'T81',
      ['T8140X', 'T8141X', 'T8142X', 'T8143X', 'T8144X', 'T8149X'],
      'ADS',
      'T8140XA',
    ],
    [
      'M48.5-',
      'M48.5',
      ['M4850X', 'M4851X', 'M4852X', 'M4853X', 'M4854X', 'M4855X', 'M4856X', 'M4857X', 'M4858X'],
      'ADGS',
      'M4850XA',
    ],
    ['W19', 'W19', ['W19XXX'], 'ADS', 'W19XXXA'],
    ['E08.32', 'E08.32', ['E08321', 'E08329'], '1239', 'E083211'],
  ])(
    '%s: defined at %s, bases %j, values %s',
    (code, definedAt, bases, values, firstCompletion) => {
      const answer = seventhCharacter(store, code, FY2026);
      expect(answer.required).toBe(true);
      if (!answer.required) return;
      expect(answer.definedAt).toBe(definedAt);
      expect(answer.bases).toEqual(bases);
      expect(answer.values.map((v) => v.character).join('')).toBe(values);
      expect(answer.completions[0]).toBe(firstCompletion);
      expect(answer.complete).toBe(false);
    },
  );

  it('gives the meaning of each value', () => {
    const answer = seventhCharacter(store, 'S52.531', FY2026);
    expect(answer.required && answer.values.slice(0, 2)).toEqual([
      { character: 'A', meaning: 'initial encounter for closed fracture' },
      { character: 'B', meaning: 'initial encounter for open fracture type I or II' },
    ]);
    expect(answer.required && answer.message).toBe(
      'S52.531 needs a 7th character (defined at S52), e.g. S52.531A.',
    );
  });

  it.each([
    ['S52.531A', true],
    ['S52.531Z', false],
    ['T81.4XXA', false],
  ])('%s is complete on FY2026: %s', (code, complete) => {
    const answer = seventhCharacter(store, code, FY2026);
    expect(answer.required && answer.complete).toBe(complete);
  });

  it.each(['E11.22', 'I10', 'H54.0X33'])('%s needs no 7th character', (code) => {
    expect(seventhCharacter(store, code, FY2026).required).toBe(false);
  });

  it('follows the placeholder rule when no release covers the date', () => {
    const answer = seventhCharacter(store, 'W19', isoDate('2019-01-01'));
    expect(answer.required && answer.completions).toEqual(['W19XXXA', 'W19XXXD', 'W19XXXS']);
  });
});
