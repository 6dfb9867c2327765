import { describe, expect, it } from 'vitest';
import { codeRangesInNote, rangeCovers } from './note-references.ts';

describe('codeRangesInNote (notes from the FY2021 tabular)', () => {
  it.each([
    ['diabetes mellitus (E08-E13)', [{ from: 'E08', to: 'E13' }]],
    ['underlying chronic kidney disease (CKD) (N18.-)', [{ from: 'N18', to: 'N18' }]],
    ['subacute sclerosing panencephalitis (A81.1)', [{ from: 'A811', to: 'A811' }]],
    [
      'Clostridium difficile foodborne intoxication and infection (A04.7-)',
      [{ from: 'A047', to: 'A047' }],
    ],
    [
      'sepsis following abortion, ectopic or molar pregnancy (O03-O07, O08.0)',
      [
        { from: 'O03', to: 'O07' },
        { from: 'O080', to: 'O080' },
      ],
    ],
    ['hookworm disease (B76.0-B76.9)', [{ from: 'B760', to: 'B769' }]],
    [
      'code from category O08 to identify any associated complication.',
      [{ from: 'O08', to: 'O08' }],
    ],
    ['Use additional code from category Z3A, Weeks of gestation', [{ from: 'Z3A', to: 'Z3A' }]],
    ['vitamin B12 deficiency', []],
    ['tinea, any type except those in B36.-', []],
    ['underlying disease, such as:', []],
    [
      'Human immunodeficiency virus [HIV] disease complicating pregnancy (O98.7-)',
      [{ from: 'O987', to: 'O987' }],
    ],
    ['COVID-19 (U07.1)', [{ from: 'U071', to: 'U071' }]],
    ['Adult GM2 gangliosidosis', []],
    ['contact with venomous amphibians (T63.81-R63.83)', [{ from: 'T6381', to: 'T6383' }]],
    ['rheumatoid arthritis (M05.00-M06.9)', [{ from: 'M0500', to: 'M069' }]],
  ])('%s', (text, expected) => {
    expect(codeRangesInNote(text)).toEqual(expected);
  });

  it('keeps a character condition', () => {
    const [range] = codeRangesInNote(
      'code for adverse effect, if applicable, to identify drug (T36-T50 with fifth or sixth character 5)',
    );
    expect(range).toEqual({
      from: 'T36',
      to: 'T50',
      character: { positions: [4, 5], characters: '5' },
    });
    if (!range) return;
    expect(rangeCovers(range, 'T380X5A')).toBe(true);
    expect(rangeCovers(range, 'T36995A')).toBe(true);
    expect(rangeCovers(range, 'T380X1A')).toBe(false);
    const [remission] = codeRangesInNote('leukemia in remission C91.0-C95.9 with 5th character 1');
    expect(remission?.character).toEqual({ positions: [4], characters: '1' });
  });
});

describe('rangeCovers', () => {
  it.each([
    [{ from: 'E08', to: 'E13' }, 'E1122', true],
    [{ from: 'E08', to: 'E13' }, 'E08', true],
    [{ from: 'E08', to: 'E13' }, 'E14', false],
    [{ from: 'E08', to: 'E13' }, 'E0700', false],
    [{ from: 'N18', to: 'N18' }, 'N1830', true],
    [{ from: 'A811', to: 'A811' }, 'A81', false],
    [{ from: 'B760', to: 'B769' }, 'B761', true],
  ])('%o covers %s: %s', (range, code, expected) => {
    expect(rangeCovers(range, code)).toBe(expected);
  });
});
