import { describe, expect, it } from 'vitest';
import {
  addDiagnosis,
  addLine,
  moveDiagnosis,
  parseModifiers,
  parsePointers,
  pointerLetters,
  describeConditions,
  removeDiagnosis,
  toggleCause,
} from './encounter-draft.ts';
import type { Draft, DraftLine } from './encounter-draft.ts';

const line = (key: string, diagnosisPointers: number[]): DraftLine => ({
  key,
  procedureCode: '99213',
  modifiers: [],
  units: 1,
  diagnosisPointers,
});

const draft: Draft = {
  diagnoses: ['M5450', 'M62830', 'I10'],
  lines: [line('em', [1, 2]), line('inj', [1]), line('bp', [3])],
  conditions: { relatedCauses: [] },
};

const pointers = (d: Draft) => d.lines.map((l) => l.diagnosisPointers);

describe('moveDiagnosis', () => {
  it('keeps every line pointing at the same codes', () => {
    const moved = moveDiagnosis(draft, 2, 0);
    expect(moved.diagnoses).toEqual(['I10', 'M5450', 'M62830']);
    expect(pointers(moved)).toEqual([[2, 3], [2], [1]]);
    for (const [i, l] of moved.lines.entries()) {
      const before = draft.lines[i]?.diagnosisPointers.map((p) => draft.diagnoses[p - 1]);
      expect(l.diagnosisPointers.map((p) => moved.diagnoses[p - 1])).toEqual(before);
    }
  });

  it('ignores a move off either end', () => {
    expect(moveDiagnosis(draft, 0, -1)).toBe(draft);
    expect(moveDiagnosis(draft, 2, 3)).toBe(draft);
  });
});

describe('removeDiagnosis', () => {
  it('drops pointers to it and moves later pointers up', () => {
    const removed = removeDiagnosis(draft, 0);
    expect(removed.diagnoses).toEqual(['M62830', 'I10']);
    expect(pointers(removed)).toEqual([[1], [], [2]]);
  });
});

describe('addDiagnosis', () => {
  it('points lines that point at nothing at the new code, once', () => {
    const bare: Draft = { ...draft, diagnoses: [], lines: [line('em', [])] };
    const added = addDiagnosis(bare, 's93.401a');
    expect(added.diagnoses).toEqual(['S93401A']);
    expect(pointers(added)).toEqual([[1]]);
    expect(addDiagnosis(added, 'S93.401A')).toBe(added);
  });
});

describe('addLine', () => {
  it('points a new line at the first-listed diagnosis', () => {
    expect(addLine(draft, '96372', 'cpt').lines.at(-1)?.diagnosisPointers).toEqual([1]);
    expect(
      addLine({ ...draft, diagnoses: [], lines: [] }, '96372', 'cpt').lines[0]?.diagnosisPointers,
    ).toEqual([]);
  });
});

describe('pointers and modifiers as typed', () => {
  it.each([
    ['AC', [1, 3]],
    ['ab', [1, 2]],
    ['1, 3', [1, 3]],
    ['', []],
  ])('pointers %j → %j', (text, result) => expect(parsePointers(text)).toEqual(result));

  it('prints pointers as letters', () => expect(pointerLetters([1, 3, 12])).toBe('ACL'));

  it.each([
    ['25', ['25']],
    ['25 59', ['25', '59']],
    ['25,rt', ['25', 'RT']],
    ['2559', ['25', '59']],
    ['', []],
  ])('modifiers %j → %j', (text, result) => expect(parseModifiers(text)).toEqual(result));
});

describe('toggleCause', () => {
  it('keeps at most two related causes, dropping the oldest', () => {
    const none = { relatedCauses: [] };
    const two = toggleCause(toggleCause(none, 'EM', true), 'AA', true);
    expect(two.relatedCauses).toEqual(['EM', 'AA']);
    expect(toggleCause(two, 'OA', true).relatedCauses).toEqual(['AA', 'OA']);
    expect(toggleCause(two, 'EM', false).relatedCauses).toEqual(['AA']);
  });
});

describe('describeConditions', () => {
  it('says what the condition is related to in a line', () => {
    expect(describeConditions({ relatedCauses: [] })).toBe('');
    expect(
      describeConditions({
        relatedCauses: ['AA', 'EM'],
        accidentState: 'IL',
        accidentDate: '2026-02-27',
        onsetDate: '2026-02-28',
      }),
    ).toBe('auto accident (IL) and employment 2026-02-27 · onset 2026-02-28');
    expect(describeConditions({ relatedCauses: [], initialTreatmentDate: '2026-02-02' })).toBe(
      'initial treatment 2026-02-02',
    );
  });
});
