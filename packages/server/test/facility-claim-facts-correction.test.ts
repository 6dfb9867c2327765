import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { claimLines, getClaim, ledgerEntriesFor, nextVersionOf } from '@medbill/db';
import { read837i, validateX12 } from '@medbill/x12';
import { assembleScrubClaims } from '../src/services/scrub-claim-assembly.ts';
import { importRemittance, registerInsuredPatient, setUpPractice } from './billing-flow.ts';
import { make835, paidClaim } from './era-fixture.ts';
import {
  inpatientBillBody,
  inpatientPaidLines,
  operatingSurgeonBody,
} from './facility-bill-fixture.ts';
import { encounterBody } from './fixtures.ts';
import { describeWithApi } from './test-app.ts';

const folder = mkdtempSync(join(tmpdir(), 'ub04-facts-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The text lines of a PDF's first page as `pdftotext -layout` reads them. */
function pdfLines(pdf: Buffer, name: string): string[] {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\n');
}

/** Whether a text line holds every one of `words`, in that order. */
const hasLineWith = (lines: readonly string[], ...words: string[]) =>
  lines.some((line) => {
    let from = 0;
    return words.every((word) => {
      const at = line.indexOf(word, from);
      from = at + word.length;
      return at >= 0;
    });
  });

/** FL 10-17 of the test stay: birth date, sex, admission date, hour, type, origin, discharge hour, status. */
const statusLine = (status: string) => ['04121956', 'F', '030126', '08', '1', '1', '11', status];

describeWithApi('a corrected facility claim changing its UB-04 facts on $name', (env) => {
  let stay: { id: string; claimNumber: string };
  let office: { id: string; claimNumber: string };
  let billId: string;
  const versions: { corrected?: string; again?: string; voided?: string } = {};

  const controlNumbers = async (claimId: string) =>
    (await claimLines(env.db, env.api.orgId, claimId)).map((l) => l.controlNumber);
  const ledgerOf = async (claimId: string) =>
    ledgerEntriesFor(
      env.db,
      env.api.orgId,
      (await claimLines(env.db, env.api.orgId, claimId)).map((l) => l.serviceLineId),
    );
  /** The 837I of the one batch made now. */
  const batch837i = async () => {
    const made = await env.call('POST', '/batches', {});
    expect(made.status, made.text).toBe(201);
    const batches = made.body.batches as { id: string; transactionType: string }[];
    expect(batches.map((b) => b.transactionType)).toEqual(['837I']);
    return (await env.call('GET', `/batches/${batches[0]?.id}/file`)).text;
  };
  /** The payer accepts a sent version (as a 277CA would): it may be corrected or voided. */
  const accept = async (claimId: string) => {
    await env.db.query("update claims set status = 'accepted' where org_id = $1 and id = $2", [
      env.api.orgId,
      claimId,
    ]);
  };

  beforeAll(async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    const operating = String((await env.call('POST', '/providers', operatingSurgeonBody)).body.id);
    const patient = await registerInsuredPatient(env.api, payer);
    const ids = { patient, practice, attending: provider, operating };
    billId = String((await env.call('POST', '/facility-bills', inpatientBillBody(ids))).body.id);
    await env.call(
      'POST',
      '/encounters',
      encounterBody(
        { patientId: patient, practiceId: practice, renderingProviderId: provider },
        '2026-03-09',
      ),
    );
    const built = (await env.call('POST', '/claims/build', {})).body.claims as {
      id: string;
      claimNumber: string;
      kind: string;
    }[];
    stay = built.find((c) => c.kind === 'institutional')!;
    office = built.find((c) => c.kind === 'professional')!;
    expect((await env.call('POST', '/batches', {})).status).toBe(201);
    const era = make835(
      [
        {
          claimNumber: stay.claimNumber,
          status: '1',
          payerClaimNumber: 'A26070000501',
          lines: inpatientPaidLines(await controlNumbers(stay.id), {
            paid: 23255,
            adjustments: [['CO', '45', 8000]],
          }),
        },
        paidClaim(office.claimNumber, 'A26070000502', await controlNumbers(office.id)),
      ],
      { trace: 'EFT-UB-F0', controlNumber: 8400 },
    );
    await importRemittance(env.api, 'facility-facts-0.835', era);
  });

  it('refuses a statement that ends before it starts, located, changing nothing', async () => {
    const before = await ledgerOf(stay.id);
    const refused = await env.call('POST', `/claims/${stay.id}/correct`, {
      reason: 'statement period was keyed wrong',
      facility: { statementTo: '2026-02-27' },
    });
    expect(refused.status, refused.text).toBe(422);
    const errors = refused.body.errors as { path: string; code: string; message: string }[];
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'facility.statementTo',
        message: '2026-02-27 is before 2026-03-01',
      }),
    );
    expect(errors.map((e) => e.path)).toContain('facility.admission.date');
    expect(await ledgerOf(stay.id)).toEqual(before);
    expect(await nextVersionOf(env.db, env.api.orgId, stay.id)).toBeUndefined();
  });

  it('refuses UB-04 facts on a professional claim', async () => {
    const refused = await env.call('POST', `/claims/${office.id}/correct`, {
      reason: 'discharge status',
      facility: { patientStatus: '02' },
    });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ path: 'facility', code: 'professional_facility' }),
    ]);
    expect(await nextVersionOf(env.db, env.api.orgId, office.id)).toBeUndefined();
  });

  it('corrects the discharge status, a missed diagnosis with its POA and an occurrence code', async () => {
    const corrected = await env.call('POST', `/claims/${stay.id}/correct`, {
      reason: 'transferred to another hospital; AKI on admission was not coded',
      facility: {
        patientStatus: '02',
        otherDiagnoses: [
          { code: 'I10', presentOnAdmission: 'Y' },
          { code: 'E11.9', presentOnAdmission: 'Y' },
          { code: 'N17.9', presentOnAdmission: 'Y' },
        ],
        occurrences: [{ code: '11', date: '2026-02-28' }],
      },
    });
    expect(corrected.status, corrected.text).toBe(201);
    expect(corrected.body).toMatchObject({ frequency: '7', status: 'ready', issues: 0 });
    versions.corrected = String(corrected.body.id);
    const version = await getClaim(env.db, env.api.orgId, versions.corrected);
    expect(version?.diagnoses).toEqual(['J189', 'I10', 'E119', 'N179']);
    expect(version?.facilityFacts).toMatchObject({
      patientStatus: '02',
      admittingDiagnosis: 'R509',
    });

    const [scrubbed] = await assembleScrubClaims(env.db, env.api.orgId, [version!]);
    expect(scrubbed?.diagnoses).toEqual(['J189', 'I10', 'E119', 'N179']);
    expect(scrubbed?.institutional).toMatchObject({
      patientStatus: '02',
      occurrences: [{ code: '11', date: '2026-02-28' }],
      presentOnAdmission: ['Y', 'Y', 'Y', 'Y'],
    });

    const original = await getClaim(env.db, env.api.orgId, stay.id);
    expect(original?.diagnoses).toEqual(['J189', 'I10', 'E119']);
    expect(original?.facilityFacts).toBeUndefined();
    const bill = (await env.call('GET', `/facility-bills/${billId}`)).body;
    expect(bill).toMatchObject({ status: 'billed', patientStatus: '01', occurrences: [] });
    expect(bill.otherDiagnoses).toHaveLength(2);
  });

  it('prints the corrected status on the version’s UB-04, the bill’s on the original', async () => {
    const ub04 = async (id: string | undefined, name: string) => {
      const response = await env.api.app.inject({ method: 'GET', url: `/claims/${id}/ub04.pdf` });
      expect(response.statusCode, response.body).toBe(200);
      return pdfLines(response.rawPayload, name);
    };
    const corrected = await ub04(versions.corrected, 'corrected');
    expect(hasLineWith(corrected, ...statusLine('02'))).toBe(true);
    expect(hasLineWith(corrected, '0117')).toBe(true);
    expect(hasLineWith(corrected, 'N179', 'Y')).toBe(true);
    expect(hasLineWith(corrected, '11', '022826')).toBe(true);
    const original = await ub04(stay.id, 'original');
    expect(hasLineWith(original, ...statusLine('01'))).toBe(true);
    expect(original.some((line) => line.includes('N179'))).toBe(false);
  });

  it('sends the corrected facts in the 837I: 11:A:7, REF*F8, CL103 02, HI with POA, HI BH', async () => {
    const text = await batch837i();
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
    const segments = text.split('~').map((s) => s.trim());
    expect(segments.find((s) => s.startsWith('CLM*'))?.split('*')[5]).toBe('11:A:7');
    expect(segments).toContain('REF*F8*A26070000501');
    expect(segments).toContain('CL1*1*1*02');
    expect(segments).toContain('HI*ABF:I10:::::::Y*ABF:E119:::::::Y*ABF:N179:::::::Y');
    expect(segments).toContain('HI*BH:11:D8:20260228');
    const { claims, issues } = read837i(text);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ frequency: '7', patientStatus: '02' });
  });

  it('corrects the correction from its facts, and a void keeps them', async () => {
    await accept(versions.corrected!);
    const again = await env.call('POST', `/claims/${versions.corrected}/correct`, {
      reason: 'discharge hour was 14:00',
      facility: { dischargeHour: '14' },
    });
    expect(again.status, again.text).toBe(201);
    expect(again.body).toMatchObject({ version: 3, status: 'ready' });
    versions.again = String(again.body.id);
    const third = await getClaim(env.db, env.api.orgId, versions.again);
    expect(third?.facilityFacts).toMatchObject({
      dischargeHour: '1400',
      patientStatus: '02',
      occurrences: [{ code: '11', date: '2026-02-28' }],
    });
    expect(third?.diagnoses).toEqual(['J189', 'I10', 'E119', 'N179']);
    await batch837i();
    await accept(versions.again);

    const voided = await env.call('POST', `/claims/${versions.again}/void`, {
      reason: 'billed to the wrong payer',
    });
    expect(voided.status, voided.text).toBe(201);
    versions.voided = String(voided.body.id);
    const fourth = await getClaim(env.db, env.api.orgId, versions.voided);
    expect(fourth?.facilityFacts).toEqual(third?.facilityFacts);
    const text = await batch837i();
    const segments = text.split('~').map((s) => s.trim());
    expect(segments.find((s) => s.startsWith('CLM*'))?.split('*')[5]).toBe('11:A:8');
    expect(segments).toContain('CL1*1*1*02');
    expect(segments.some((s) => s.startsWith('DTP*096*TM*1400'))).toBe(true);
  });
});
