import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../common/csv.ts';
import { codesetsPath } from '../common/codesets-dir.ts';
import { decodeText, readSourceFiles, type SourceFile } from '../source-files.ts';
import { importPfsLocalities } from './import-pfs-localities.ts';
import { importPprrvu } from './import-pprrvu.ts';
import { medicareAllowed, type PfsSchedule } from './medicare-allowed.ts';
import { localityId } from './pfs-types.ts';

let schedule: PfsSchedule;
let oppsCap: SourceFile;

beforeAll(async () => {
  const bundle = await readSourceFiles(codesetsPath('pfs/rvu25d'));
  const rvu = bundle.find((file) => file.name.endsWith('PPRRVU2025_Oct.csv'));
  const cap = bundle.find((file) => file.name.endsWith('OPPSCAP_Oct.csv'));
  if (rvu === undefined || cap === undefined) throw new Error('RVU25D files missing');
  schedule = { rvu: importPprrvu(rvu), localities: importPfsLocalities(bundle) };
  oppsCap = cap;
});

describe('the OPPS imaging cap, against CMS OPPSCAP_Oct.csv (RVU25D)', () => {
  it('prices 70496 (CT angiography, head) at the cap in Alabama, by hand', () => {
    // PFS: 1.75×1 + 6.56×0.869 + 0.11×0.575 = 7.51389 RVUs × 32.3465 = $243.048042885
    // OPPS: 1.75×1 + 6.11×0.869 + 0.11×0.575 = 7.12284 RVUs × 32.3465 = $230.39894406 → $230.40
    const result = medicareAllowed('70496', '', '10112-00', false, schedule);
    if (!result.priced) throw new Error(result.message);
    expect(result.amount).toBe(23040);
    expect(result.notes).toEqual(['OPPS imaging cap applied: the PFS amount is $243.048042885']);
  });

  it('matches every capped amount CMS publishes for status-A codes in GPCI2025 localities', () => {
    // OPPSCAP also fills the facility column where the PPRRVU file says NA (no facility
    // price: medbill answers na-in-setting) and lists localities that GPCI2025.csv lacks;
    // those are counted, not compared.
    const rows = parseCsv(decodeText(oppsCap.bytes), oppsCap.name).slice(1);
    const tally = { compared: 0, naInSetting: 0, unknownLocality: 0 };
    const mismatches: string[] = [];
    for (const { fields } of rows) {
      const [
        code = '',
        mod = '',
        status = '',
        mac = '',
        locality = '',
        facility = '',
        nonFacility = '',
      ] = fields;
      if (status !== 'A') continue; // C codes: the contractor prices, the file gives only the cap
      for (const [inFacility, published] of [
        [true, facility],
        [false, nonFacility],
      ] as const) {
        const result = medicareAllowed(code, mod, localityId(mac, locality), inFacility, schedule);
        if (!result.priced && result.reason === 'na-in-setting') tally.naInSetting += 1;
        else if (!result.priced && result.reason === 'unknown-locality') tally.unknownLocality += 1;
        else {
          tally.compared += 1;
          const expected = Math.round(Number(published) * 100); // published with 2 decimals
          if (!result.priced || result.amount !== expected) {
            mismatches.push(
              `${code}-${mod} ${mac}-${locality} ${String(inFacility)}: ${published}`,
            );
          }
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(tally).toEqual({ compared: 6322, naInSetting: 6322, unknownLocality: 696 });
  });
});
