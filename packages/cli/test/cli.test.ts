import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const main = join(import.meta.dirname, '../src/main.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'medbill-cli-'));
const env = {
  ...process.env,
  MEDBILL_DATA_DIR: dataDir,
  DATABASE_URL: '',
  MEDBILL_CODESETS_DIR: '',
};

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function medbill(...args: string[]) {
  return medbillWithInput('', ...args);
}

function medbillWithInput(input: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [main, ...args], {
    env,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('medbill command', () => {
  it('migrates an empty embedded database and reports it as JSON', () => {
    const first = medbill('migrate', '--json');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout) as { applied: { version: number }[]; database: string };
    expect(report.applied.map((m) => m.version)).toContain(1);
    expect(report.database).toContain(dataDir);
    expect(
      (JSON.parse(medbill('migrate', '--json').stdout) as { applied: unknown[] }).applied,
    ).toEqual([]);
  });

  it('refuses to serve without an organization and says how to make one', () => {
    const result = medbill('serve');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/medbill org create|medbill demo/);
  });

  it('loads the demo once, then says it is already there', () => {
    const first = medbill('demo', '--json');
    expect(first.status, first.stderr).toBe(0);
    const loaded = JSON.parse(first.stdout) as { created: boolean; counts: Record<string, number> };
    expect(loaded.created).toBe(true);
    expect(loaded.counts.patients).toBeGreaterThanOrEqual(45);
    expect(loaded.counts.encounters).toBeGreaterThanOrEqual(180);
    expect(loaded.counts.payers).toBe(3);
    expect(loaded.counts.facilityBills).toBe(2);
    const again = JSON.parse(medbill('demo', '--json').stdout) as {
      created: boolean;
      counts: unknown;
    };
    expect(again).toEqual({ ...loaded, created: false });
    expect(JSON.parse(medbill('org', 'list', '--json').stdout)).toEqual([
      expect.objectContaining({ slug: 'demo' }),
    ]);
  });

  it('gives the demo one account per role, and adds accounts with a checked password', () => {
    const listed = JSON.parse(medbill('users', 'list', '--json').stdout) as { email: string }[];
    expect(listed.map((u) => u.email).sort()).toEqual([
      'admin@demo.test',
      'biller@demo.test',
      'coder@demo.test',
      'frontdesk@demo.test',
      'manager@demo.test',
      'provider@demo.test',
    ]);
    const args = ['users', 'add', '--email', 'Pat@Clinic.test', '--name', 'Pat Lee', '--role'];
    const weak = medbillWithInput('short\n', ...args, 'coder');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/at least 12 characters/);
    expect(medbillWithInput('a long enough phrase\n', ...args, 'coder,cook').stderr).toMatch(
      /Unknown role cook/,
    );
    const added = medbillWithInput('a long enough phrase\n', ...args, 'coder,biller', '--json');
    expect(added.status, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({
      email: 'pat@clinic.test',
      roles: ['coder', 'biller'],
    });
  });

  it("builds the demo practice's claims once", () => {
    const first = medbill('claims', 'build', '--json');
    expect(first.status, first.stderr).toBe(0);
    const result = JSON.parse(first.stdout) as {
      claims: { totalCharge: number; lines: number }[];
      skipped: { reason: string }[];
    };
    expect(result.claims.length).toBeGreaterThan(150);
    expect(result.claims.every((c) => c.totalCharge > 0 && c.lines >= 1 && c.lines <= 50)).toBe(
      true,
    );
    expect(result.skipped.every((s) => s.reason.startsWith('self-pay'))).toBe(true);
    const again = JSON.parse(medbill('claims', 'build', '--json').stdout) as { claims: unknown[] };
    expect(again.claims).toEqual([]);
  });

  it('batches the ready claims into 837P files the X12 validator accepts', () => {
    const out = join(dataDir, 'outbox');
    const made = medbill('claims', 'batch', '--out', out, '--json');
    expect(made.status, made.stderr).toBe(0);
    const result = JSON.parse(made.stdout) as { batches: { claims: number }[]; files: string[] };
    expect(result.batches.length).toBeGreaterThanOrEqual(1);
    expect(result.batches.reduce((n, b) => n + b.claims, 0)).toBeGreaterThan(100);
    for (const file of result.files) {
      const check = medbill('x12', 'validate', file);
      expect(check.status, check.stdout).toBe(0);
    }
  });

  it('imports a real 835 once: its claims match nothing of the demo and go to the worklist', () => {
    const samples =
      process.env.MEDBILL_X12_SAMPLES_DIR ??
      join(import.meta.dirname, '../../../../shared/x12-samples');
    const file = join(samples, '835/edifabric__Payment.txt');
    const first = medbill('era', 'import', file, '--json');
    expect(first.status, first.stderr).toBe(0);
    const posted = JSON.parse(first.stdout) as {
      alreadyImported: boolean;
      claims: number;
      unmatched: number;
    };
    expect(posted.alreadyImported).toBe(false);
    expect(posted.unmatched).toBe(posted.claims);
    expect(medbill('era', 'import', file).stdout).toContain('already imported; nothing changed');
  });

  it('starts, prints its address and serves the demo data', async () => {
    const child = spawn(process.execPath, [main, 'start'], {
      env: { ...env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no address printed:\n${out}`)), 60_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Open:\s+(http:\/\/\S+?)\/\s[\s\S]*Demo sign-in/.exec(out);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
      });
      const health = (await (await fetch(`${url}/health`)).json()) as {
        status: string;
        database: string;
      };
      expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
      expect((await fetch(`${url}/patients?limit=5`)).status).toBe(401);
      const signIn = await fetch(`${url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'biller@demo.test', password: 'medbill-demo' }),
      });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
      const patients = (await (
        await fetch(`${url}/patients?limit=5`, { headers: { cookie } })
      ).json()) as {
        total: number;
        items: unknown[];
      };
      expect(patients.total).toBeGreaterThanOrEqual(45);
      expect(patients.items).toHaveLength(5);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('verifies the audit trail’s hash chain', () => {
    // The server run above signed a biller in and read patients: that is in the trail.
    const result = medbill('audit', 'verify', '--json');
    expect(result.status, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { checked: number }[])[0]?.checked).toBeGreaterThan(1);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({
        org: 'demo',
        ok: true,
        headHash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
      }),
    ]);
  });
});
