import { describe, expect, it } from 'vitest';
import { MedbillError } from '@medbill/core';
import { codesetsPath } from '../common/codesets-dir.ts';
import { readSourceFiles, unwrap } from '../source-files.ts';
import { formatDecimal } from './exact-decimal.ts';
import { importPprrvu } from './import-pprrvu.ts';

async function load(path: string) {
  const [file] = await readSourceFiles(codesetsPath(path));
  if (file === undefined) throw new Error(`no file at ${path}`);
  return importPprrvu(file);
}

describe('importPprrvu on the official CSV files (counts from PROVENANCE.md)', () => {
  it('reads RVU26C: 19,356 rows, 17,096 codes of which 6,092 alpha-first, CF 33.4009', async () => {
    const rvu = await load('pfs/rvu26c/PPRRVU2026_Jul_nonQPP.csv.gz');
    expect(rvu.release).toMatchObject({
      system: 'pfs',
      version: 'RVU26C',
      effectiveFrom: '2026-07-01',
    });
    expect(rvu.year).toBe(2026);
    expect(rvu.rvus.size).toBe(19356);
    const codes = new Set([...rvu.rvus.values()].map((row) => row.code));
    expect(codes.size).toBe(17096);
    expect([...codes].filter((code) => /^[A-Z]/.test(code)).length).toBe(6092);
    expect(
      new Set([...rvu.rvus.values()].map((row) => formatDecimal(row.conversionFactor))),
    ).toEqual(new Set(['33.4009']));
  });

  it('reads RVU25D: 19,090 rows, CF 32.3465, with the 26/TC split of 71046', async () => {
    const rvu = await load('pfs/rvu25d/PPRRVU2025_Oct.csv.gz');
    expect(rvu.release).toMatchObject({ version: 'RVU25D', effectiveFrom: '2025-10-01' });
    expect(rvu.rvus.size).toBe(19090);
    const show = (key: string) => {
      const row = rvu.rvus.get(key);
      return (
        row && {
          status: row.status,
          work: formatDecimal(row.workRvu),
          peNonFacility: formatDecimal(row.nonFacilityPeRvu),
          peFacility: formatDecimal(row.facilityPeRvu),
          mp: formatDecimal(row.mpRvu),
          facilityNa: row.facilityNa,
          pctc: row.pctc,
          globalDays: row.globalDays,
        }
      );
    };
    expect(show('71046')).toEqual({
      status: 'A',
      work: '0.22',
      peNonFacility: '0.77',
      peFacility: '0.77',
      mp: '0.02',
      facilityNa: true,
      pctc: '1',
      globalDays: 'XXX',
    });
    expect(show('71046-26')).toEqual({
      status: 'A',
      work: '0.22',
      peNonFacility: '0.08',
      peFacility: '0.08',
      mp: '0.01',
      facilityNa: false,
      pctc: '1',
      globalDays: 'XXX',
    });
    expect(show('71046-TC')?.facilityNa).toBe(true);
    expect(rvu.rvus.get('27447')).toMatchObject({
      globalDays: '090',
      multipleProcedure: '2',
      bilateralSurgery: '1',
      assistantAtSurgery: '2',
      coSurgeons: '1',
      teamSurgery: '0',
      nonFacilityNa: true,
    });
  });

  it('reads the fixed-width text copy of RVU25D to exactly the same rows as the CSV', async () => {
    const fromCsv = await load('pfs/rvu25d/PPRRVU2025_Oct.csv.gz');
    const fromText = await load('pfs/rvu25d/PPRRVU2025_Oct.txt.gz');
    expect(fromText.release).toMatchObject({ version: 'RVU25D', effectiveFrom: '2025-10-01' });
    expect(fromText.rvus.size).toBe(19090);
    expect([...fromText.rvus.entries()]).toEqual([...fromCsv.rvus.entries()]);
  });

  it("keeps no descriptor: CPT text is the AMA's", async () => {
    const rvu = await load('pfs/rvu25d/PPRRVU2025_Oct.csv.gz');
    expect(JSON.stringify(Object.keys(rvu.rvus.get('99213') ?? {}))).not.toMatch(/desc/i);
  });
});

describe('importPprrvu on bad input', () => {
  const heading = [
    ',,,,,,,,,,,,,,,,,,,,,,,,,,,,NON-FACILITY,FACILITY,',
    ',,,,NOT USED,,,,,,,,,,,,,,,,,,,,,PHYSICIAN,,DIAGNOSTIC,PE USED,PE USED,MP USED',
    ',,,,FOR,,,NON-FAC,,FACILITY,,,,,,,,,,,,,,,,SUPERVISION OF,,IMAGING,FOR OPPS,FOR OPPS,FOR OPPS',
    ',,,STATUS,MEDICARE,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,POST,MULT,BILAT,ASST,CO-,TEAM,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,PAYMENT,PAYMENT',
    'HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT',
  ];
  const good =
    '99213,,,A,,1.30,1.35,,0.57,,0.10,2.75,1.97,0,XXX,0.00,0.00,0.00,0,0,0,0,0,,32.3465,09,0,99,0.00,0.00,0.00';
  const file = (rows: string[]) =>
    unwrap('PPRRVU2025_Oct.csv', new TextEncoder().encode([...heading, ...rows].join('\r\n')))[0]!;

  it('reads a row in the published layout', () => {
    expect(importPprrvu(file([good])).rvus.get('99213')?.status).toBe('A');
  });

  it('locates every bad cell by line and heading, and imports nothing', () => {
    const bad = good.replace('1.30', '1,3x').replace('XXX', 'XX');
    try {
      importPprrvu(file([good, bad.replace('1,3x', '1.3x')]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MedbillError);
      expect((error as MedbillError).problems.map((p) => `${p.path} ${p.message}`)).toEqual([
        'PPRRVU2025_Oct.csv:7:WORK RVU expected a decimal like 1.30, got "1.3x"',
        'PPRRVU2025_Oct.csv:7:GLOB DAYS expected global days 000, 010, 090, MMM, XXX, YYY or ZZZ, got "XX"',
        'PPRRVU2025_Oct.csv:7:HCPCS expected one row for 99213, got "a second"',
      ]);
    }
  });

  it('refuses a file without the headings', () => {
    const headless = unwrap('PPRRVU2025_Oct.csv', new TextEncoder().encode(good))[0]!;
    expect(() => importPprrvu(headless)).toThrow(
      /PPRRVU2025_Oct\.csv:1 expected a heading row starting HCPCS,MOD,DESCRIPTION/,
    );
  });
});
