import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const main = join(import.meta.dirname, '../src/main.ts');
const samples =
  process.env.MEDBILL_X12_SAMPLES_DIR ??
  join(import.meta.dirname, '../../../../shared/x12-samples');
const out = mkdtempSync(join(tmpdir(), 'medbill-x12-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function medbill(...args: string[]) {
  const result = spawnSync(process.execPath, [main, ...args], {
    env: { ...process.env, MEDBILL_DATA_DIR: join(out, 'data'), DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('medbill x12', () => {
  it('validates a clean 837P with exit code 0', () => {
    const result = medbill('x12', 'validate', join(samples, '837P/edifabric__ClaimPayment.txt'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('valid');
  });

  it('names each problem by segment and element and exits 1 on an unbalanced 835', () => {
    const file = join(samples, '835/affect__sample_835.txt');
    const result = medbill('x12', 'validate', file, '--json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      errors: number;
      issues: { code: string; segmentId: string; segmentIndex: number }[];
    };
    expect(report.errors).toBeGreaterThan(0);
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unbalanced-payment', segmentId: 'ST' }),
      ]),
    );
    expect(medbill('x12', 'validate', file).stdout).toMatch(
      /segment \d+ SE01: SE01 is "96" but the transaction set has 106 segments/,
    );
  });

  it('summarises an 835 as typed remittances', () => {
    const result = medbill('x12', 'parse', join(samples, '835/affect__sample_835.txt'), '--json');
    const parsed = JSON.parse(result.stdout) as {
      kind: string;
      remittances: { claims: unknown[]; payment: { amount: number } }[];
    };
    expect(parsed.kind).toMatch(/^835/);
    expect(parsed.remittances.map((r) => [r.claims.length, r.payment.amount])).toEqual([
      [2, 178],
      [4, 14113],
    ]);
  });

  it('writes a 999 that accepts a clean file and itself validates', () => {
    const ack = join(out, 'ack.999');
    expect(
      medbill(
        'x12',
        'ack',
        join(samples, '837P/edifabric__ClaimPayment.txt'),
        '--control-number',
        '5',
        '--out',
        ack,
      ).status,
    ).toBe(0);
    const text = readFileSync(ack, 'utf8');
    expect(text).toContain('IK5*A~');
    expect(text).toContain('AK9*A*1*1*1~');
    expect(medbill('x12', 'validate', ack).status).toBe(0);
  });

  it('rejects, with IK3/IK4/IK5 codes, a file whose segment counts are wrong', () => {
    const text = medbill('x12', 'ack', join(samples, '835/affect__sample_835.txt')).stdout;
    expect(text).toContain('IK3*PLB*105**8~');
    expect(text).toContain('IK5*R*4~');
    expect(text).toContain('AK9*R*2*2*0~');
  });

  it('writes a TA1 instead of a 999 when the interchange envelope is broken', () => {
    const broken = join(out, 'broken.837');
    const text = readFileSync(join(samples, '837P/edifabric__ClaimPayment.txt'), 'latin1');
    writeFileSync(broken, text.replace(/IEA\*1\*(\d{9})/, 'IEA*1*999999999'));
    const ta1 = join(out, 'broken.ta1');
    expect(medbill('x12', 'ack', broken, '--control-number', '9', '--out', ta1).status).toBe(0);
    const written = readFileSync(ta1, 'utf8');
    expect(written).toMatch(/^TA1\*\d{9}\*\d{6}\*\d{4}\*R\*001~$/m);
    expect(written).toMatch(/^IEA\*0\*000000009~$/m);
    expect(written).not.toContain('GS*');
    expect(medbill('x12', 'validate', ta1).status).toBe(0);
    expect(medbill('x12', 'parse', ta1).stdout).toContain(
      'rejected because of errors in the interchange header or trailer (001 interchange control numbers in header and trailer do not match',
    );
  });

  it('writes an accepting TA1 for a sound envelope when --ta1 asks for one', () => {
    const text = medbill(
      'x12',
      'ack',
      join(samples, '837P/edifabric__ClaimPayment.txt'),
      '--ta1',
    ).stdout;
    expect(text).toMatch(/^TA1\*\d{9}\*\d{6}\*\d{4}\*A\*000~$/m);
  });

  it('reads a TA1 sample into its verdict', () => {
    const result = medbill(
      'x12',
      'parse',
      join(samples, 'TA1/staedi__x12_interchange_ack.txt'),
      '--json',
    );
    const parsed = JSON.parse(result.stdout) as {
      kind: string;
      acks: { status: string; note: string }[];
    };
    expect(parsed.kind).toBe('TA1');
    expect(parsed.acks).toMatchObject([{ status: 'A', note: '000' }]);
  });

  it('scrubs every claim of an 837P a practice sent, locating each finding by claim, line and segment', () => {
    const result = medbill('scrub', join(samples, '837P/edifabric__ClaimPayment.txt'), '--json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      claims: {
        claimNumber: string;
        x12: string;
        issues: { ruleId: string; severity: string }[];
      }[];
    };
    expect(report.claims).toHaveLength(1);
    expect(report.claims[0]?.x12).toMatch(/^segment \d+$/);
    expect(report.claims[0]?.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'REQ-NPI-001', severity: 'reject' }),
      ]),
    );
    expect(medbill('scrub', join(samples, '837P/edifabric__ClaimPayment.txt')).stdout).toMatch(
      /26463774 \(segment \d+\): REJECT REQ-NPI-001 Billing provider NPI 9876543210/,
    );
  });
});
