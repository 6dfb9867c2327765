import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registerInsuredPatient, setUpPractice } from './billing-flow.ts';
import {
  inpatientBillBody,
  operatingSurgeonBody,
  outpatientBillBody,
} from './facility-bill-fixture.ts';
import { describeWithApi } from './test-app.ts';

const folder = mkdtempSync(join(tmpdir(), 'ub04-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The PDF's pages as `pdftotext -layout` reads them: one string a page, one line a text line. */
function layoutPages(pdf: Buffer, name: string): string[][] {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.split('\n'));
}

/** The first text line holding every one of `words`, in that order. */
const lineWith = (page: readonly string[], ...words: string[]) =>
  page.find((line) => {
    let from = 0;
    return words.every((word) => {
      const at = line.indexOf(word, from);
      from = at + word.length;
      return at >= 0;
    });
  });

/** 25 lab lines on one outpatient visit: 22 on the first page, 3 on the second. */
const longBillBody = (ids: { patient: string; practice: string; attending: string }) => ({
  ...outpatientBillBody(ids),
  lines: Array.from({ length: 25 }, (_, i) => ({
    revenueCode: '0300',
    procedureCode: '85025',
    units: i + 1,
    charge: `${10 + i}.00`,
    serviceDate: '2026-03-10',
  })),
});

describeWithApi('UB-04 forms on $name', (env) => {
  const claims: Record<'inpatient' | 'outpatient' | 'long' | 'professional', string> = {
    inpatient: '',
    outpatient: '',
    long: '',
    professional: '',
  };

  beforeAll(async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    const operating = String((await env.call('POST', '/providers', operatingSurgeonBody)).body.id);
    const patient = await registerInsuredPatient(env.api, payer);
    const ids = { patient, practice, attending: provider, operating };
    for (const body of [inpatientBillBody(ids), outpatientBillBody(ids), longBillBody(ids)]) {
      const made = await env.call('POST', '/facility-bills', body);
      expect(made.status, made.text).toBe(201);
    }
    await env.call('POST', '/encounters', {
      patientId: patient,
      practiceId: practice,
      renderingProviderId: provider,
      placeOfService: '11',
      serviceDateFrom: '2026-03-09',
      diagnoses: ['I10'],
      lines: [{ procedureCode: '99214', diagnosisPointers: [1] }],
    });
    const built = await env.call('POST', '/claims/build', {});
    expect(built.status, built.text).toBe(201);
    const summary = built.body.claims as { id: string; kind: string; lines: number }[];
    for (const claim of summary) {
      const key =
        claim.kind === 'professional'
          ? 'professional'
          : ({ 3: 'inpatient', 2: 'outpatient', 25: 'long' } as const)[claim.lines];
      if (key) claims[key] = claim.id;
    }
    expect(Object.values(claims).every((id) => id !== '')).toBe(true);
  });

  const get = (url: string) => env.api.app.inject({ method: 'GET', url });

  it.each(['plain', 'red'] as const)(
    'prints an inpatient claim on the %s UB-04, each value in its locator, and audits the read',
    async (form) => {
      const response = await get(`/claims/${claims.inpatient}/ub04.pdf?form=${form}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const claim = (await env.call('GET', `/claims/${claims.inpatient}`)).body as {
        claimNumber: string;
        patientId: string;
      };
      expect(response.headers['content-disposition']).toBe(
        `inline; filename="${claim.claimNumber}-ub04${form === 'red' ? '-red' : ''}.pdf"`,
      );
      const pages = layoutPages(response.rawPayload, `inpatient-${form}`);
      expect(pages).toHaveLength(1);
      const [page = []] = pages;
      // FL 1 and 3a share the top line, FL 4 (type of bill 0111) is on the next.
      expect(lineWith(page, 'PRAIRIE FAMILY MEDICINE', claim.claimNumber)).toBeDefined();
      expect(lineWith(page, 'SPRINGFIELD IL 62701-1234')).toBeDefined();
      expect(lineWith(page, '100 MAIN ST', '0111')).toBeDefined();
      // FL 5 and FL 6 on FL 1's fourth line.
      expect(lineWith(page, '37-1234567', '030126', '030426')).toBeDefined();
      expect(lineWith(page, 'RIVERA, MARIA', 'SPRINGFIELD', 'IL', '62704')).toBeDefined();
      // FL 10–17: birth date, sex, admission date, hour, type, point of origin, discharge hour, status.
      expect(lineWith(page, '04121956', 'F', '030126', '08', '1', '1', '11', '01')).toBeDefined();
      // FL 42–47: undated inpatient lines, days and units, charges without the point.
      expect(lineWith(page, '0120', 'ROOM-BOARD/SEMI', '3', '450000')).toBeDefined();
      expect(lineWith(page, '0250', 'PHARMACY', '1', '31255')).toBeDefined();
      expect(lineWith(page, '0300', 'LABORATORY', '85025', '2', '9800')).toBeDefined();
      expect(lineWith(page, '0001', '1', '1', '491055')).toBeDefined();
      // FL 56 on the title line of FL 50–57: below line 23, above payer A.
      const index = (text: string) => page.findIndex((line) => line.includes(text));
      expect(index('1234567893')).toBeGreaterThan(index('491055'));
      expect(index('1234567893')).toBeLessThan(index('MEDICARE PART B'));
      expect(lineWith(page, 'MEDICARE PART B', '06102')).toBeDefined();
      expect(lineWith(page, 'RIVERA, MARIA', '18', '1EG4-TE5-MK72')).toBeDefined();
      // FL 67 with POA, FL 66 ICD-10 indicator, FL 69 admitting, FL 74 and FL 76/77.
      expect(lineWith(page, 'J189', 'Y', 'I10', 'Y', 'E119', 'Y')).toBeDefined();
      expect(lineWith(page, 'R509')).toBeDefined();
      expect(lineWith(page, '5A1935Z', '030226', 'OKAFOR', 'ADA')).toBeDefined();
      expect(lineWith(page, '1298765433')).toBeDefined();
      expect(lineWith(page, 'LINDQVIST', 'ERIK')).toBeDefined();
      expect(page.some((line) => line.includes('UB-04 CMS-1450'))).toBe(form === 'plain');
      const audited = await env.db.query<{ patient_id: string | null }>(
        "select patient_id from audit_log where org_id = $1 and entity = 'claim' and entity_id = $2 and action = 'read'",
        [env.api.orgId, claims.inpatient],
      );
      expect(audited[0]?.patient_id).toBe(claim.patientId);
    },
  );

  it('dates the lines of an outpatient claim and prints HCPCS with modifiers', async () => {
    const response = await get(`/claims/${claims.outpatient}/ub04.pdf?form=red`);
    expect(response.statusCode).toBe(200);
    const [page = []] = layoutPages(response.rawPayload, 'outpatient');
    expect(lineWith(page, '0131')).toBeDefined();
    expect(lineWith(page, '0450', 'EMERG ROOM', '9928425', '031026', '1', '65000')).toBeDefined();
    expect(lineWith(page, '0320', 'DX X-RAY', '73100', '031026', '1', '28050')).toBeDefined();
    expect(lineWith(page, '0001', '93050')).toBeDefined();
    expect(lineWith(page, 'S52521A', 'W010XXA')).toBeDefined();
  });

  it('continues past 22 revenue lines on a second page, the total on the last page only', async () => {
    const response = await get(`/claims/${claims.long}/ub04.pdf`);
    expect(response.statusCode).toBe(200);
    const pages = layoutPages(response.rawPayload, 'long');
    expect(pages).toHaveLength(2);
    const [first = [], second = []] = pages;
    const revenueLines = (page: readonly string[]) =>
      page.filter((line) => /^\s*0300\s+LABORATORY\s+85025/.test(line)).length;
    expect([revenueLines(first), revenueLines(second)]).toEqual([22, 3]);
    // Page 1 of 2 without a total; page 2 of 2 with 0001 and $10 + ... + $34 = $550.00.
    expect(first.some((line) => /\b0001\b/.test(line))).toBe(false);
    expect(lineWith(second, '0001', '2', '2', '55000')).toBeDefined();
    expect(lineWith(first, '0300', 'LABORATORY', '85025', '22', '3100')).toBeDefined();
    expect(lineWith(second, '0300', 'LABORATORY', '85025', '25', '3400')).toBeDefined();
    // Every page repeats the claim's locators.
    for (const page of pages) expect(lineWith(page, '0131')).toBeDefined();
  });

  it('sends each kind of claim to its own form', async () => {
    const detail = (body: string) => (JSON.parse(body) as { detail: string }).detail;
    const ub04 = await get(`/claims/${claims.professional}/ub04.pdf`);
    expect(ub04.statusCode).toBe(409);
    expect(detail(ub04.body)).toMatch(/professional claim: its paper form is the CMS-1500/);
    const cms1500 = await get(`/claims/${claims.inpatient}/cms1500.pdf`);
    expect(cms1500.statusCode).toBe(409);
    expect(detail(cms1500.body)).toMatch(
      /institutional \(facility\) claim: its paper form is the UB-04/,
    );
    expect((await get(`/claims/${claims.professional}/cms1500.pdf`)).statusCode).toBe(200);
  });

  it('shows the form only to the claim’s organization and to roles that read claims', async () => {
    env.api.actingOrgId = env.api.otherOrgId;
    const elsewhere = await get(`/claims/${claims.inpatient}/ub04.pdf`);
    env.api.actingOrgId = env.api.orgId;
    expect(elsewhere.statusCode).toBe(404);
    env.api.role = 'front_desk';
    const frontDesk = await get(`/claims/${claims.inpatient}/ub04.pdf`);
    env.api.role = 'admin';
    expect(frontDesk.statusCode).toBe(403);
  });
});
