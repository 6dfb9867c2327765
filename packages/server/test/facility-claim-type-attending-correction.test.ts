import { beforeAll, expect, it } from 'vitest';
import { isoDate } from '@medbill/core';
import { getClaim, nextVersionOf } from '@medbill/db';
import { read837i, validateX12 } from '@medbill/x12';
import { ub04Pages } from '../src/forms/ub04/form-locators.ts';
import { assemble837i } from '../src/services/claim-837i-assembly.ts';
import { loadInstitutionalParties } from '../src/services/institutional-claim-parties.ts';
import { assembleScrubClaims } from '../src/services/scrub-claim-assembly.ts';
import { importRemittance, registerInsuredPatient, setUpPractice } from './billing-flow.ts';
import { make835 } from './era-fixture.ts';
import {
  inpatientBillBody,
  inpatientPaidLines,
  operatingSurgeonBody,
  outpatientBillBody,
  outpatientPaidLines,
} from './facility-bill-fixture.ts';
import { providerBody } from './fixtures.ts';
import { describeWithApi } from './test-app.ts';

interface ClaimView {
  id: string;
  claimNumber: string;
  placeOfService: string;
  lines: { controlNumber: string }[];
}

describeWithApi(
  'a corrected facility claim changing its type of bill or attending on $name',
  (env) => {
    let visit: ClaimView;
    let stay: ClaimView;
    let surgeon: string;
    const versions: { inpatient?: string; withPoa?: string } = {};

    const correct = (claimId: string, body: Record<string, unknown>) =>
      env.call('POST', `/claims/${claimId}/correct`, body);
    const segmentsOf = (text: string) => text.split('~').map((s) => s.trim());
    /** The 837I of the ready claims, batched now. */
    const batch837i = async () => {
      const made = await env.call('POST', '/batches', {});
      expect(made.status, made.text).toBe(201);
      const batches = made.body.batches as { id: string }[];
      expect(batches).toHaveLength(1);
      return (await env.call('GET', `/batches/${batches[0]?.id}/file`)).text;
    };
    /** The UB-04 a claim version prints, locator by locator (first page). */
    const ub04Of = async (claimId: string) => {
      const claim = await getClaim(env.db, env.api.orgId, claimId);
      const [parties] = await loadInstitutionalParties(env.db, env.api.orgId, [claim!]);
      return ub04Pages({ claim: claim!, parties: parties!, printedOn: isoDate('2026-04-20') })[0]!;
    };
    const accept = (claimId: string) =>
      env.db.query("update claims set status = 'accepted' where org_id = $1 and id = $2", [
        env.api.orgId,
        claimId,
      ]);

    beforeAll(async () => {
      const { practice, provider, payer } = await setUpPractice(env.api);
      surgeon = String((await env.call('POST', '/providers', operatingSurgeonBody)).body.id);
      const patient = await registerInsuredPatient(env.api, payer);
      const ids = { patient, practice, attending: provider, operating: surgeon };
      await env.call('POST', '/facility-bills', outpatientBillBody(ids));
      await env.call('POST', '/facility-bills', inpatientBillBody(ids));
      const built = (await env.call('POST', '/claims/build', {})).body.claims as { id: string }[];
      const claims = await Promise.all(
        built.map(async (c) => (await env.call('GET', `/claims/${c.id}`)).body as unknown),
      );
      visit = (claims as ClaimView[]).find((c) => c.placeOfService === '13')!;
      stay = (claims as ClaimView[]).find((c) => c.placeOfService === '11')!;
      expect((await env.call('POST', '/batches', {})).status).toBe(201);
      const controlNumbers = (claim: ClaimView) => claim.lines.map((l) => l.controlNumber);
      const era = make835(
        [
          {
            claimNumber: visit.claimNumber,
            status: '1',
            payerClaimNumber: 'A26070000601',
            lines: outpatientPaidLines(controlNumbers(visit)),
          },
          {
            claimNumber: stay.claimNumber,
            status: '1',
            payerClaimNumber: 'A26070000602',
            lines: inpatientPaidLines(controlNumbers(stay), {
              paid: 23255,
              adjustments: [['CO', '45', 8000]],
            }),
          },
        ],
        { trace: 'EFT-UB-TOB', controlNumber: 8501 },
      );
      await importRemittance(env.api, 'facility-type-of-bill.835', era);
    });

    it('refuses an unknown facility type and an attending who is not a provider, located, changing nothing', async () => {
      const refused = await correct(visit.id, {
        reason: 'wrong type of bill and attending',
        facility: {
          facilityType: '19',
          attendingProviderId: '00000000-0000-4000-8000-000000000000',
        },
      });
      expect(refused.status, refused.text).toBe(422);
      const errorAt = (path: string) =>
        (refused.body.errors as { path: string; message: string }[]).find((e) => e.path === path);
      expect(errorAt('facility.facilityType')?.message).toMatch(
        /^expected a facility type \(type of bill digits 1-2\) such as 11 hospital inpatient/,
      );
      const stranger = await correct(visit.id, {
        reason: 'wrong attending',
        facility: { attendingProviderId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(stranger.status, stranger.text).toBe(422);
      expect(stranger.body.errors).toEqual([
        expect.objectContaining({
          path: 'facility.attendingProviderId',
          message:
            'no such provider: the attending physician (FL 76) is one of the organization’s providers',
        }),
      ]);
      expect(await nextVersionOf(env.db, env.api.orgId, visit.id)).toBeUndefined();
    });

    it('checks the outpatient line dates against the corrected type of bill (11 → 13)', async () => {
      // The stay's undated lines are on the ledger on its first day, 2026-03-01.
      const refused = await correct(stay.id, {
        reason: 'observation stay billed as inpatient',
        facility: { facilityType: '13', statementFrom: '2026-03-02' },
      });
      expect(refused.status, refused.text).toBe(422);
      const errors = refused.body.errors as { path: string; message: string }[];
      expect(errors.find((e) => e.path === 'facility.statementFrom')?.message).toMatch(
        /^line 1 \(revenue code 0120\) is dated 2026-03-01, outside the statement period 2026-03-02/,
      );
      expect(await nextVersionOf(env.db, env.api.orgId, stay.id)).toBeUndefined();
    });

    it('corrects an outpatient visit to inpatient with another attending; the scrubber applies the inpatient rules', async () => {
      const corrected = await correct(visit.id, {
        reason: 'admitted from the ER: inpatient, attended by Dr Lindqvist',
        facility: { facilityType: '11', attendingProviderId: surgeon },
      });
      expect(corrected.status, corrected.text).toBe(201);
      versions.inpatient = String(corrected.body.id);
      const version = await getClaim(env.db, env.api.orgId, versions.inpatient);
      expect(version).toMatchObject({ placeOfService: '11', renderingProviderId: surgeon });
      const [scrubbed] = await assembleScrubClaims(env.db, env.api.orgId, [version!]);
      expect(scrubbed?.institutional?.facilityType).toBe('11');
      expect(scrubbed?.institutional?.lines.every((l) => l.serviceDate === undefined)).toBe(true);
      // An outpatient visit names no admitting diagnosis: an inpatient bill needs one (FL 69).
      expect(corrected.body.status).not.toBe('ready');
      const issues = (await env.call('GET', `/claims/${versions.inpatient}`)).body.issues;
      expect(issues).toContainEqual(
        expect.objectContaining({
          ruleId: 'INST-ADM-001',
          field: 'institutional.admittingDiagnosis',
        }),
      );

      const original = await getClaim(env.db, env.api.orgId, visit.id);
      expect(original).toMatchObject({ placeOfService: '13' });
      expect(original?.renderingProviderId).not.toBe(surgeon);
    });

    it('sends the corrected type of bill and attending in the 837I and on the UB-04; the original keeps its own', async () => {
      await accept(versions.inpatient!);
      const corrected = await correct(versions.inpatient!, {
        reason: 'admitting diagnosis and POA indicators for the inpatient bill',
        facility: {
          admittingDiagnosis: 'S52.521A',
          principalDiagnosis: { code: 'S52.521A', presentOnAdmission: 'Y' },
          otherDiagnoses: [{ code: 'W01.0XXA' }],
        },
      });
      expect(corrected.status, corrected.text).toBe(201);
      expect(corrected.body).toMatchObject({ version: 3, status: 'ready', issues: 0 });
      versions.withPoa = String(corrected.body.id);

      const text = await batch837i();
      expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
      const segments = segmentsOf(text);
      expect(segments.find((s) => s.startsWith('CLM*'))?.split('*')[5]).toBe('11:A:7');
      expect(segments).toContain('REF*F8*A26070000601');
      expect(segments.filter((s) => s.startsWith('NM1*71*'))).toEqual([
        'NM1*71*1*Lindqvist*Erik****XX*1298765433',
      ]);
      expect(segments.some((s) => s.startsWith('DTP*472'))).toBe(false);
      const { claims } = read837i(text);
      expect(claims[0]).toMatchObject({ facilityType: '11', frequency: '7' });

      expect(await ub04Of(versions.withPoa)).toMatchObject({
        '4': '0117',
        '76.npi': operatingSurgeonBody.npi,
        '76.last': 'LINDQVIST',
      });
      expect(await ub04Of(visit.id)).toMatchObject({
        '4': '0131',
        '76.npi': providerBody.npi,
      });
      const [original] = await assemble837i(env.db, env.api.orgId, [
        (await getClaim(env.db, env.api.orgId, visit.id))!,
      ]);
      expect(original).toMatchObject({
        facilityType: '13',
        frequency: '1',
        attendingProvider: { npi: providerBody.npi },
      });
    });
  },
);
