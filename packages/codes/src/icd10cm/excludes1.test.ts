import { beforeAll, describe, expect, it } from 'vitest';
import { excludes1Conflict } from './excludes1.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { officialStore } from './load-store-for-tests.ts';

let store: Icd10cmStore;
beforeAll(async () => {
  store = await officialStore();
});

describe('excludes1Conflict (real Excludes1 notes of the FY2021 tabular)', () => {
  it.each([
    ['E11.9', 'E10.9', 'E11', 'E10'],
    ['K50.90', 'K51.90', 'K50', 'K51'],
    ['F32.9', 'F33.9', 'F32', 'F33'],
    ['J45.909', 'R06.2', 'J45', 'R06.2'],
    ['G43.909', 'R51.9', 'G43', 'R51.9'],
    ['I10', 'O10.02', 'I10', 'O10-O11'],
    ['E66.9', 'Q87.11', 'E66', 'Q87.11'],
    ['A15.0', 'R76.11', 'A15-A19', 'R76.1'],
    ['E76.01', 'Q87.40', 'E70-E88', 'Q87.4'],
  ])('%s with %s: note at %s excludes %s', (a, b, noteAt, range) => {
    const [conflict] = excludes1Conflict(store, a, b);
    expect(conflict?.noteAt).toBe(noteAt);
    expect(conflict?.range).toBe(range);
  });

  it('checks both directions and gives the note text', () => {
    const forward = excludes1Conflict(store, 'E11.9', 'E10.9');
    const backward = excludes1Conflict(store, 'E10.9', 'E11.9');
    expect(forward.map((c) => c.code).sort()).toEqual(['E109', 'E119']);
    expect(backward.map((c) => c.code).sort()).toEqual(['E109', 'E119']);
    expect(forward.find((c) => c.code === 'E119')?.noteText).toBe(
      'type 1 diabetes mellitus (E10.-)',
    );
    expect(forward.find((c) => c.code === 'E119')?.message).toBe(
      'E10.9 may not be reported with E11.9: Excludes1 at E11 "type 1 diabetes mellitus (E10.-)".',
    );
  });

  it.each([
    ['E11.22', 'N18.30'],
    ['E11.9', 'I10'],
    ['S52.531A', 'W19.XXXA'],
    ['J45.909', 'J45.909'],
    ['A15.0', 'A15.9'],
  ])('%s with %s: no Excludes1', (a, b) => {
    expect(excludes1Conflict(store, a, b)).toEqual([]);
  });

  it('applies a category note to codes newer than the tabular (FY2026 C50.A0 excludes skin of breast)', () => {
    expect(excludes1Conflict(store, 'C50.A0', 'C44.501')[0]?.noteAt).toBe('C50');
  });
});
