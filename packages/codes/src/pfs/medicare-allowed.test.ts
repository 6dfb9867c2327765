import { beforeAll, describe, expect, it } from 'vitest';
import { codesetsPath } from '../common/codesets-dir.ts';
import { readSourceFiles } from '../source-files.ts';
import { importPfsLocalities } from './import-pfs-localities.ts';
import { importPprrvu } from './import-pprrvu.ts';
import { medicareAllowed, type PfsSchedule } from './medicare-allowed.ts';

let cy2025: PfsSchedule;
let cy2026: PfsSchedule;

beforeAll(async () => {
  const bundle = await readSourceFiles(codesetsPath('pfs/rvu25d'));
  const localities = importPfsLocalities(bundle);
  const rvu25 = bundle.find((file) => file.name.endsWith('PPRRVU2025_Oct.csv'));
  const [rvu26] = await readSourceFiles(codesetsPath('pfs/rvu26c/PPRRVU2026_Jul_nonQPP.csv.gz'));
  if (rvu25 === undefined || rvu26 === undefined) throw new Error('PPRRVU files missing');
  cy2025 = { rvu: importPprrvu(rvu25), localities };
  cy2026 = { rvu: importPprrvu(rvu26), localities };
});

const ALABAMA = '10112-00'; // GPCI2025: work 1, PE 0.869, MP 0.575
const MANHATTAN = '13202-01'; // GPCI2025: work 1.065, PE 1.166, MP 1.656
const SAN_FRANCISCO = '01112-05'; // GPCI2025: work 1.088, PE 1.419, MP 0.445

describe('medicareAllowed, CY2025 (RVU25D, CF 32.3465), checked by hand', () => {
  it.each([
    // 99213: work 1.30, PE non-facility 1.35, PE facility 0.57, MP 0.10
    [
      '99213',
      '',
      ALABAMA,
      false,
      '1.30×1 + 1.35×0.869 + 0.10×0.575 = 2.53065; × 32.3465 = 81.857670225',
      8186,
    ],
    [
      '99213',
      '',
      ALABAMA,
      true,
      '1.30×1 + 0.57×0.869 + 0.10×0.575 = 1.85283; × 32.3465 = 59.932565595',
      5993,
    ],
    [
      '99213',
      '',
      MANHATTAN,
      false,
      '1.30×1.065 + 1.35×1.166 + 0.10×1.656 = 3.12420; × 32.3465 = 101.0569353',
      10106,
    ],
    [
      '99213',
      '',
      SAN_FRANCISCO,
      true,
      '1.30×1.088 + 0.57×1.419 + 0.10×0.445 = 2.26773; × 32.3465 = 73.353128445',
      7335,
    ],
    // 99214: work 1.92, PE non-facility 1.80, PE facility 0.83, MP 0.15
    [
      '99214',
      '',
      ALABAMA,
      false,
      '1.92×1 + 1.80×0.869 + 0.15×0.575 = 3.57045; × 32.3465 = 115.491560925',
      11549,
    ],
    [
      '99214',
      '',
      MANHATTAN,
      false,
      '1.92×1.065 + 1.80×1.166 + 0.15×1.656 = 4.39200; × 32.3465 = 142.065828',
      14207,
    ],
    [
      '99214',
      '',
      SAN_FRANCISCO,
      true,
      '1.92×1.088 + 0.83×1.419 + 0.15×0.445 = 3.33348; × 32.3465 = 107.82641082',
      10783,
    ],
    // 71046-26 (professional component row): work 0.22, PE 0.08, MP 0.01
    [
      '71046',
      '26',
      ALABAMA,
      true,
      '0.22×1 + 0.08×0.869 + 0.01×0.575 = 0.29527; × 32.3465 = 9.550951055',
      955,
    ],
    [
      '71046',
      '26',
      MANHATTAN,
      false,
      '0.22×1.065 + 0.08×1.166 + 0.01×1.656 = 0.34414; × 32.3465 = 11.13172451',
      1113,
    ],
    [
      '71046',
      '26',
      SAN_FRANCISCO,
      false,
      '0.22×1.088 + 0.08×1.419 + 0.01×0.445 = 0.35733; × 32.3465 = 11.558374845',
      1156,
    ],
    // 71046-TC (technical component row): work 0, PE 0.69, MP 0.01
    [
      '71046',
      'TC',
      MANHATTAN,
      false,
      '0×1.065 + 0.69×1.166 + 0.01×1.656 = 0.82110; × 32.3465 = 26.55971115',
      2656,
    ],
    // 71046 global: work 0.22, PE 0.77, MP 0.02
    [
      '71046',
      '',
      SAN_FRANCISCO,
      false,
      '0.22×1.088 + 0.77×1.419 + 0.02×0.445 = 1.34089; × 32.3465 = 43.373098385',
      4337,
    ],
  ])(
    '%s-%s in %s (facility %s): %s → %i cents',
    (code, modifier, locality, facility, arithmetic, expected) => {
      const result = medicareAllowed(code, modifier, locality, facility, cy2025);
      if (!result.priced) throw new Error(result.message);
      expect(result.amount).toBe(expected);
      expect(result.exactDollars).toBe(
        arithmetic.split('= ').pop()?.padEnd(result.exactDollars.length, '0'),
      );
      expect(result.notes).toEqual([]);
    },
  );

  it('shows its arithmetic', () => {
    const result = medicareAllowed('99213', '', ALABAMA, false, cy2025);
    expect(result.priced && result.arithmetic).toBe(
      '[(1.30 × 1) + (1.35 × 0.869) + (0.10 × 0.575)] × 32.3465',
    );
  });

  it.each([
    ['71046', '', ALABAMA, true, 'na-in-setting'], // global chest x-ray has no facility PE RVU
    ['71046', 'TC', ALABAMA, true, 'na-in-setting'],
    ['G0008', '', ALABAMA, false, 'status-not-priced'], // status X: statutory exclusion
    ['00100', '', ALABAMA, false, 'status-not-priced'], // status J: anesthesia, priced by base units
    ['99999', '', ALABAMA, false, 'unknown-code'],
    ['99213', '', '99999-99', false, 'unknown-locality'],
  ])(
    '%s-%s in %s (facility %s) is not priced: %s',
    (code, modifier, locality, facility, reason) => {
      const result = medicareAllowed(code, modifier, locality, facility, cy2025);
      expect(result.priced ? 'priced' : result.reason).toBe(reason);
    },
  );

  it('prices a modifier with no row of its own (25) as the code without one', () => {
    const withModifier = medicareAllowed('99213', '25', ALABAMA, false, cy2025);
    expect(withModifier.priced && withModifier.amount).toBe(8186);
  });
});

describe('medicareAllowed, CY2026 RVUs (RVU26C, CF 33.4009) with CY2025 GPCIs', () => {
  it('prices 99213 and says the GPCIs are from CY2025', () => {
    // 99213 CY2026: work 1.30, PE non-facility 1.46, MP 0.09.
    // 1.30×1 + 1.46×0.869 + 0.09×0.575 = 1.30 + 1.26874 + 0.05175 = 2.62049; × 33.4009 = 87.52672…
    const result = medicareAllowed('99213', '', ALABAMA, false, cy2026);
    if (!result.priced) throw new Error(result.message);
    expect(result.exactDollars).toBe('87.526724441');
    expect(result.amount).toBe(8753);
    expect(result.notes).toEqual([
      'CY2026 RVUs (RVU26C) priced with CY2025 GPCIs: no CY2026 GPCI file is loaded',
    ]);
  });
});

describe('locality files of RVU25D (counts from PROVENANCE.md)', () => {
  it('reads 109 GPCI localities, 109 anesthesia CFs (national 20.3178) and 110 county rows', () => {
    const { localities } = cy2025;
    expect(localities.year).toBe(2025);
    expect(localities.gpci.size).toBe(109);
    expect(localities.anesthesia.size).toBe(109);
    expect(localities.nationalAnesthesiaCf).toEqual({ scaled: 203178n, decimals: 4 });
    expect(localities.counties.length).toBe(110);
    expect(localities.counties.find((row) => row.locality === '02102-01')?.state).toBe('ALASKA');
    expect(
      localities.counties
        .filter((row) => row.locality.startsWith('01112-'))
        .every((row) => row.state === 'CALIFORNIA'),
    ).toBe(true);
  });
});
