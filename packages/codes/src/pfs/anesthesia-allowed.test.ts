import { beforeAll, describe, expect, it } from 'vitest';
import { codesetsPath } from '../common/codesets-dir.ts';
import { readSourceFiles } from '../source-files.ts';
import { anesthesiaAllowed } from './anesthesia-allowed.ts';
import { importPfsLocalities } from './import-pfs-localities.ts';
import type { PfsLocalityRelease } from './pfs-types.ts';

let localities: PfsLocalityRelease;

beforeAll(async () => {
  localities = importPfsLocalities(await readSourceFiles(codesetsPath('pfs/rvu25d')));
});

describe('anesthesiaAllowed with the CY2025 ANES file', () => {
  it.each([
    // Alabama 10112-00, CF 19.31: (5 + 2.5) × 19.31 = 144.825 → 144.83 (half up)
    ['5', '2.5', '10112-00', 14483, '(5 + 2.5) × 19.31'],
    // Alaska 02102-01, CF 27.86: (3 + 4) × 27.86 = 195.02
    ['3', '4', '02102-01', 19502, '(3 + 4) × 27.86'],
  ])('(%s + %s units) in %s → %i cents', (base, time, locality, expected, arithmetic) => {
    const result = anesthesiaAllowed(base, time, locality, localities);
    expect(result).toEqual({ priced: true, amount: expected, arithmetic });
  });

  it('says why it cannot price', () => {
    expect(anesthesiaAllowed('5', 'x', '10112-00', localities).priced).toBe(false);
    expect(anesthesiaAllowed('5', '1', '99999-99', localities)).toEqual({
      priced: false,
      message: 'no anesthesia CF for locality 99999-99 in 2025',
    });
  });
});
