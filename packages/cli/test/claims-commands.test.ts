import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { medbillWithDataDir } from './medbill-process.ts';

const { medbill, dataDir } = medbillWithDataDir('medbill-claims-', { MEDBILL_CODESETS_DIR: '' });

interface Scrubbed {
  claimId: string;
  claimNumber: string;
  status: string;
  issues: { ruleId: string; severity: string }[];
}

describe('medbill claims scrub', () => {
  let built: { id: string; claimNumber: string; kind: string; lines: number }[];

  beforeAll(() => {
    expect(medbill('demo', '--json').status).toBe(0);
    const made = medbill('claims', 'build', '--json');
    expect(made.status, made.stderr).toBe(0);
    built = (JSON.parse(made.stdout) as { claims: typeof built }).claims;
  });

  it('rescrubs every unsent claim and reports the findings per claim', () => {
    const result = medbill('claims', 'scrub', '--json');
    const { claims } = JSON.parse(result.stdout) as { claims: Scrubbed[] };
    expect(claims.map((c) => c.claimNumber).sort()).toEqual(built.map((c) => c.claimNumber).sort());
    for (const claim of claims) {
      const blocking = claim.issues.some((i) => i.severity !== 'warn');
      expect(claim.status).toBe(blocking ? 'draft' : 'ready');
    }
    expect(result.status).toBe(claims.some((c) => c.status === 'draft') ? 1 : 0);
  });

  it('scrubs only the claims named, in words without --json', () => {
    const [first] = built;
    const result = medbill('claims', 'scrub', '--claim', first?.id ?? '');
    expect(result.stdout).toContain(`${first?.claimNumber}\t`);
    expect(result.stdout).toContain('1 claim(s) scrubbed');
  });

  it('refuses a sent claim, saying which, and changes nothing', () => {
    const out = join(dataDir, 'outbox');
    const batch = medbill('claims', 'batch', '--out', out, '--json');
    expect(batch.status, batch.stderr).toBe(0);
    const ready = (
      JSON.parse(medbill('claims', 'scrub', '--json').stdout) as { claims: Scrubbed[] }
    ).claims;
    const sent = built.find((c) => !ready.some((r) => r.claimId === c.id));
    expect(sent).toBeDefined();
    const refused = medbill('claims', 'scrub', '--claim', sent?.id ?? '');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Claim ${sent?.claimNumber} is in_batch`);
  });

  it('prints a professional claim on the CMS-1500, drawn or for the red form', () => {
    const first = built.find((c) => c.kind === 'professional');
    const out = join(dataDir, 'claim.pdf');
    const result = medbill('claims', 'form', first?.id ?? '', '--red', '--out', out, '--json');
    expect(result.status, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout) as { form: string; mode: string; file: string };
    expect(printed).toMatchObject({ form: 'cms1500', mode: 'red' });
    expect(printed.file).toBe(out);
    expect(readFileSync(printed.file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("prints the demo hospital's inpatient stay on the UB-04: type of bill, revenue codes", () => {
    const facility = built.filter((c) => c.kind === 'institutional');
    expect(facility).toHaveLength(2);
    const stay = facility.find((c) => c.lines === 7);
    const out = join(dataDir, 'stay.pdf');
    const result = medbill('claims', 'form', stay?.id ?? '', '--out', out, '--json');
    expect(result.status, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout) as { form: string; mode: string; file: string };
    expect(printed).toMatchObject({ form: 'ub04', mode: 'plain', file: out });
    const pages = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(1);
    const text = pages[0] ?? '';
    expect(text).toContain('SANGAMON VALLEY HOSPITAL');
    expect(text).toMatch(/\b0111\b/);
    expect(text).toMatch(/0120\s+ROOM-BOARD\/SEMI\s+2\s+290000/);
    expect(text).toMatch(/0300\s+LABORATORY\s+80053/);
    expect(text).toContain('0FT44ZZ');
    expect(text).toContain('K8000');
  });
});
