import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const main = join(import.meta.dirname, '../src/main.ts');
const samples =
  process.env.MEDBILL_X12_SAMPLES_DIR ??
  join(import.meta.dirname, '../../../../shared/x12-samples');
const out = mkdtempSync(join(tmpdir(), 'medbill-x12-kinds-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function parse(sample: string, ...flags: string[]) {
  const result = spawnSync(
    process.execPath,
    [main, 'x12', 'parse', join(samples, sample), ...flags],
    {
      env: { ...process.env, MEDBILL_DATA_DIR: join(out, 'data'), DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  expect(result.stderr).toBe('');
  return result.stdout;
}

describe('medbill x12 parse: eligibility, claim status and institutional claims', () => {
  it('says a 271 in words: benefits, related entities and rejections', () => {
    expect(parse('271/lfh__subscriber-health-benefit-check.271')).toContain(
      'co-payment, medical care, chiropractic, dental care, hospital, emergency services, pharmacy, professional (physician) visit: office, vision (optometry), mental health, urgent care, health maintenance organization (HMO), "GOLD 123 PLAN", $10.00 per visit, in network: yes',
    );
    expect(parse('271/oopfactory__hipaa-271-Example_ErrorWithoutBenefitInfo.txt')).toContain(
      'BONE AND JOINT CLINIC: rejected: 41 authorization/access restrictions; please correct and resubmit',
    );
  });

  it('gives a 277 claim by claim with its status and payment', () => {
    const text = parse('277/stupidedi__X212-claim-response.edi');
    expect(text).toContain('277 with 1 claim status response(s), 0 error(s)');
    expect(text).toContain(
      'JO234567 (payer 0529675341): F0 finalized: adjudication complete: 3 claim has been adjudicated and is awaiting the payment cycle, paid 7599',
    );
  });

  it('reads an 837I as institutional claims and a 270 as the patients it asks about', () => {
    const claims = JSON.parse(
      parse('837I/stupidedi__X223A2-automobile-accident.edi', '--json'),
    ) as {
      kind: string;
      claims: { facilityType: string; frequency: string; lines: unknown[] }[];
    };
    expect(claims.kind).toBe('837 (005010X223A2)');
    expect(claims.claims.map((c) => [c.facilityType, c.frequency, c.lines.length])).toEqual([
      ['13', '1', 4],
    ]);
    expect(parse('270/lfh__subscriber-health-benefit-check.270').split('\n')).toEqual([
      expect.stringContaining('270 with 1 eligibility inquiry set(s), 0 error(s)'),
      '  ABC COMPANY (PI 842610001) asked by BONE AND JOINT CLINIC (SV 2000035)',
      '    subscriber SMITH, ROBERT (11122333301) born 1943-05-19, trace 93175-012547, plan date 2006-05-01',
      '      asks: health benefit plan coverage',
      '',
    ]);
  });

  it('gives a 276 provider by provider with each claim asked about', () => {
    expect(parse('276/stupidedi__X212-claim-request.edi').split('\n')).toEqual([
      expect.stringContaining('276 with 1 claim status request set(s), 0 error(s)'),
      '  ABC INSURANCE (PI 12345) asked by XYZ SERVICE (46 X67E)',
      '    HOME HOSPITAL (XX 1666666661)',
      '      SMITH, FRED (123456789A): claim SM123456, trace ABCXYZ1, type of bill 111, charge 8513.88, 2005-08-31 to 2005-09-06',
      '      JONES, MARY (234567890A): claim JO234567, trace ABCXYZ2, type of bill 111, charge 7599, 2005-07-31 to 2005-08-09',
      '    HOME HOSPITAL PHYSICIANS (XX 1666666666)',
      '      dependent MANN, JOSEPH of 345678901: claim MA345678, trace ABCXYZ3, line 99203 150 2005-05-01',
      '',
    ]);
    const json = JSON.parse(parse('276/lfh__claim-level-status-ncpdp.276', '--json')) as {
      inquiries: {
        payers: { receivers: { providers: { patients: { claims: unknown[] }[] }[] }[] }[];
      }[];
    };
    expect(
      json.inquiries[0]?.payers[0]?.receivers[0]?.providers[0]?.patients[0]?.claims[0],
    ).toMatchObject({ traceNumber: 'ABCXYZ1', prescriptionNumber: '7654321', charge: 8500 });
  });

  it('gives an 837D claim by claim with its CDT codes and teeth', () => {
    expect(parse('837D/stupidedi__X224A2-commercial-health-insurance.edi')).toContain(
      '26403774: D2150 tooth 12MO; D1110, 150',
    );
  });
});
