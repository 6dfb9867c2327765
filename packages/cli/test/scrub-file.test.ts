import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const main = join(import.meta.dirname, '../src/main.ts');
const samples =
  process.env.MEDBILL_X12_SAMPLES_DIR ??
  join(import.meta.dirname, '../../../../shared/x12-samples');
const out = mkdtempSync(join(tmpdir(), 'medbill-scrub-file-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function scrub(file: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [main, 'scrub', join(samples, file), ...args], {
    env: { ...process.env, MEDBILL_DATA_DIR: join(out, 'data'), DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout };
}

interface Report {
  claims: {
    claimNumber: string;
    kind: string;
    issues: { ruleId: string; severity: string; field: string; x12?: string }[];
  }[];
}

describe('medbill scrub <837I>', () => {
  it('scrubs an institutional claim against the UB-04 rules, locating line findings at SV2', () => {
    const result = scrub('837I/imsweb__x223-test.txt', '--json');
    expect(result.status).toBe(1);
    const [claim] = (JSON.parse(result.stdout) as Report).claims;
    expect(claim).toMatchObject({ claimNumber: 'A37YH556', kind: 'institutional' });
    expect(claim?.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'INST-ADM-001', field: 'institutional.pointOfOrigin' }),
        expect.objectContaining({
          ruleId: 'INST-ADM-001',
          field: 'institutional.admittingDiagnosis',
        }),
        expect.objectContaining({ ruleId: 'INST-STAT-001', severity: 'reject' }),
        expect.objectContaining({ ruleId: 'INST-DATE-001', field: 'serviceDate' }),
      ]),
    );
    const dated = claim?.issues.find(
      (i) => i.ruleId === 'INST-DATE-001' && i.field === 'serviceDate',
    );
    expect(dated?.x12).toMatch(/^segment \d+ SV2$/);
  });

  it('raises no UB-04 finding on a well-formed outpatient bill', () => {
    const { claims } = JSON.parse(
      scrub('837I/stupidedi__X223A2-ppo-repriced-claim.edi', '--json').stdout,
    ) as Report;
    expect(claims.flatMap((c) => c.issues.map((i) => i.ruleId))).not.toContainEqual(
      expect.stringMatching(/^INST-/),
    );
  });
});
