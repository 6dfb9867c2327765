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
      expect.stringContaining('270 eligibility inquiry, 0 error(s)'),
      '    trace 93175-012547',
      '  subscriber SMITH, ROBERT (11122333301)',
      '    asks: health benefit plan coverage',
      '',
    ]);
  });
});
