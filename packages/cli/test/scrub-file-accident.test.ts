import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build837p } from '@medbill/x12';
import type { Claim837p } from '@medbill/x12';
import { selfClaim, twoClaims } from '../../x12/src/build-837p.fixture.ts';

const main = join(import.meta.dirname, '../src/main.ts');
const out = mkdtempSync(join(tmpdir(), 'medbill-scrub-accident-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** An 837P from an EHR for a neck sprain in a car crash, with the accident facts changed. */
function scrubbed(name: string, change: Partial<Claim837p>) {
  const claim: Claim837p = {
    ...selfClaim,
    diagnoses: ['S134XXA', 'V4352XA'],
    lines: selfClaim.lines.map((l) => ({ ...l, pointers: [1] })),
    ...change,
  };
  const { text } = build837p({ ...twoClaims, claims: [claim] });
  if (text === undefined) throw new Error('the fixture claim was refused');
  const file = join(out, `${name}.837`);
  writeFileSync(file, text);
  const result = spawnSync(process.execPath, [main, 'scrub', file, '--json'], {
    env: { ...process.env, MEDBILL_DATA_DIR: join(out, 'data'), DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const report = JSON.parse(result.stdout) as {
    claims: { issues: { ruleId: string; field: string }[] }[];
  };
  return report.claims.flatMap((c) => c.issues.filter((i) => i.ruleId.startsWith('ACC-')));
}

describe('medbill scrub <837P> reads CLM11 and the accident date', () => {
  it('finds a car-crash injury sent without its accident facts', () =>
    expect(scrubbed('no-accident', {})).toEqual([
      expect.objectContaining({ ruleId: 'ACC-INJURY-001', field: 'conditions.relatedCauses' }),
    ]));

  it('passes it with CLM11 AA, the state and DTP*439', () =>
    expect(
      scrubbed('auto-accident', {
        relatedCauses: ['AA'],
        autoAccidentState: 'IL',
        accidentDate: '2026-02-27',
      }),
    ).toEqual([]));
});
