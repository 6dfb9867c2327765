import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ageInYears, isoDate } from '@medbill/core';
import { buildDemoPractice } from './demo-practice.ts';
import type { DemoEncounterInput, DemoPractice } from './demo-practice.ts';

const LAST = '2026-03-13';
const demo = buildDemoPractice({ lastServiceDate: LAST, seed: 42 });

const encounters = (practice: DemoPractice): DemoEncounterInput[] =>
  practice.patients.flatMap((p) => p.encounters);
const codes = (e: DemoEncounterInput): string[] => (e.lines ?? []).map((l) => l.procedureCode);
const hasModifier = (e: DemoEncounterInput, code: RegExp, modifier: string): boolean =>
  (e.lines ?? []).some((l) => code.test(l.procedureCode) && (l.modifiers ?? []).includes(modifier));

/** Winter and summer periods and several seeds, so every kind of visit shows up somewhere. */
const SAMPLES: [name: string, practice: DemoPractice, lastServiceDate: string][] = [
  ['seed 42, winter', demo, LAST],
  ...[1, 2, 3, 4, 5, 6].map((seed): [string, DemoPractice, string] => [
    `seed ${seed}, summer`,
    buildDemoPractice({ lastServiceDate: '2025-08-29', seed }),
    '2025-08-29',
  ]),
  ...[7, 8, 9].map((seed): [string, DemoPractice, string] => [
    `seed ${seed}, spring, 120 patients`,
    buildDemoPractice({ lastServiceDate: '2026-05-15', seed, patients: 120, encounters: 500 }),
    '2026-05-15',
  ]),
];

/** Coding rules a certified coder would check first; each broken one is reported with where. */
function codingProblems(practice: DemoPractice): string[] {
  const found: string[] = [];
  for (const { key, registration, encounters: visits } of practice.patients) {
    const { dateOfBirth, sex } = registration.patient;
    const medicare = (registration.coverages ?? []).some(
      (c) => c.payerId === 'payer:medicare' && c.order === 'primary',
    );
    for (const e of visits) {
      const where = `${key} ${e.serviceDateFrom} ${codes(e).join(',')} / ${(e.diagnoses ?? []).join(',')}`;
      const problem = (broken: boolean, rule: string) => {
        if (broken) found.push(`${where}: ${rule}`);
      };
      const age = ageInYears(isoDate(dateOfBirth), isoDate(e.serviceDateFrom));
      const dx = e.diagnoses ?? [];
      const em = (e.lines ?? []).filter((l) => /^992[01]\d$/.test(l.procedureCode));
      problem(dx.length < 1 || dx.length > 4, '1 to 4 diagnoses');
      problem(dx.includes('Z00.129') && age >= 18, 'child exam code for an adult');
      problem(dx.some((d) => d.startsWith('Z00.0')) && age < 18, 'adult exam code for a child');
      problem(dx.includes('N40.1') && sex !== 'M', 'prostate code for a female');
      problem(dx.some((d) => d.startsWith('Z68.')) && age < 20, 'adult BMI code under 20');
      problem(dx[0] === 'F02.80', 'manifestation code listed first');
      problem(
        (dx.includes('E11.22') || dx.includes('I12.9')) && !dx.includes('N18.31'),
        'CKD stage missing',
      );
      problem(
        codes(e).some((c) => /^G043[89]$/.test(c)) && !medicare,
        'AWV for a non-Medicare patient',
      );
      for (const c of codes(e).filter((c) => /^993[89]\d$/.test(c))) {
        const band =
          age <= 4
            ? '2'
            : age <= 11
              ? '3'
              : age <= 17
                ? '4'
                : age <= 39
                  ? '5'
                  : age <= 64
                    ? '6'
                    : '7';
        problem(c.slice(4) !== band, `preventive code outside the age band ${band}`);
      }
      const procedure = codes(e).some((c) =>
        ['20610', '17110', '11102', '69210', '96372', '99406'].includes(c),
      );
      problem(
        procedure && em.some((l) => !(l.modifiers ?? []).includes('25')),
        'E/M with a procedure needs 25',
      );
      problem(
        codes(e).includes('G2211') && hasModifier(e, /^992/, '25'),
        'G2211 with an E/M carrying 25',
      );
      problem(
        e.placeOfService === '32' && e.facilityId !== 'facility:cedar-ridge',
        'NF visit without the facility',
      );
      problem(
        (e.placeOfService === '02' || e.placeOfService === '10') && !hasModifier(e, /^9921/, '95'),
        'telehealth E/M without 95',
      );
      problem((e.documentation ?? '').split('\n').length < 4, 'documentation too short');
    }
  }
  return found;
}

describe('demo practice coding', () => {
  it.each(SAMPLES)('codes like a coder would (%s)', (_, practice) => {
    expect(codingProblems(practice)).toEqual([]);
  });

  const codesetsDir = process.env.MEDBILL_CODESETS_DIR;
  if (codesetsDir === undefined)
    console.info(
      'demo-coding.test: MEDBILL_CODESETS_DIR not set, skipping the ICD-10-CM FY2026 check',
    );
  it.skipIf(codesetsDir === undefined)(
    'uses only billable ICD-10-CM FY2026 codes (needs MEDBILL_CODESETS_DIR)',
    () => {
      const billable = billableCodes(readOrderFile(codesetsDir ?? ''));
      expect(billable.size).toBeGreaterThan(70_000);
      expect([billable.has('E1122'), billable.has('E11')]).toEqual([true, false]); // E11 is a header
      const used = new Set(
        SAMPLES.flatMap(([, practice]) => [
          ...encounters(practice).flatMap((e) => e.diagnoses ?? []),
          ...facilityBills(practice).flatMap((b) => [
            b.principalDiagnosis.code,
            ...(b.admittingDiagnosis === undefined ? [] : [b.admittingDiagnosis]),
            ...(b.otherDiagnoses ?? []).map((d) => d.code),
          ]),
        ]),
      );
      expect([...used].filter((code) => !billable.has(code.replace('.', '')))).toEqual([]);
    },
  );

  it.skipIf(codesetsDir === undefined)(
    'bills only valid ICD-10-PCS FY2026 procedures (needs MEDBILL_CODESETS_DIR)',
    () => {
      const valid = billableCodes(
        readCodeSetFile(codesetsDir ?? '', join('icd10pcs', 'fy2026'), PCS_ORDER_FILE),
      );
      expect(valid.size).toBeGreaterThan(70_000);
      const used = SAMPLES.flatMap(([, practice]) =>
        facilityBills(practice).flatMap((b) => (b.procedures ?? []).map((p) => p.code)),
      );
      expect(used.length).toBeGreaterThan(0);
      expect(used.filter((code) => !valid.has(code))).toEqual([]);
    },
  );
});

const facilityBills = (practice: DemoPractice) => practice.patients.flatMap((p) => p.facilityBills);

/**
 * ICD-10-CM (CDC) or ICD-10-PCS (CMS) order file, fixed width (icd10OrderFiles.pdf): order number
 * in columns 1-5, code in 7-13, billable flag (1 = valid for HIPAA transactions) in column 15.
 */
function billableCodes(orderFile: string): Set<string> {
  const billable = new Set<string>();
  for (const line of orderFile.split(/\r?\n/)) {
    if (line.charAt(14) === '1') billable.add(line.slice(6, 13).trim());
  }
  return billable;
}

const ORDER_FILE = 'icd10cm-order-2026.txt';
const PCS_ORDER_FILE = 'icd10pcs_order_2026.txt';

/** The FY2026 order file: extracted under icd10cm/fy2026, or read from the CDC zip there. */
function readOrderFile(dir: string): string {
  return readCodeSetFile(dir, join('icd10cm', 'fy2026'), ORDER_FILE);
}

/** A code-set file extracted in `subfolder` of the code-sets folder, or read from a zip there. */
function readCodeSetFile(dir: string, subfolder: string, file: string): string {
  const folder = join(dir, subfolder);
  if (existsSync(join(folder, file))) return readFileSync(join(folder, file), 'latin1');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.zip'))) {
    const entry = zipEntry(readFileSync(join(folder, name)), file);
    if (entry) return entry.toString('latin1');
  }
  throw new Error(`no ${file} in ${folder}`);
}

/** One member of a zip archive, read through its central directory (PKWARE APPNOTE 4.3). */
function zipEntry(zip: Buffer, wanted: string): Buffer | undefined {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return undefined;
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n -= 1) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === wanted) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : data;
    }
    at += 46 + skip;
  }
  return undefined;
}
