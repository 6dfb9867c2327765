import { expect, it } from 'vitest';
import { claimLines } from '@medbill/db';
import {
  batchReady,
  importRemittance,
  registerInsuredPatient,
  setUpPractice,
} from './billing-flow.ts';
import { make835 } from './era-fixture.ts';
import { outpatientBillBody, outpatientPaidLines } from './facility-bill-fixture.ts';
import { describeWithApi } from './test-app.ts';
import { databaseTargets } from '../../db/test/targets.ts';

describeWithApi(
  'appeal letters for a denied facility line ($name)',
  (env) => {
    it('drafts the appeal naming the revenue line, its HCPCS code and the attending', async () => {
      const { practice, provider, payer } = await setUpPractice(env.api);
      const patient = await registerInsuredPatient(env.api, payer);
      const bill = await env.call(
        'POST',
        '/facility-bills',
        outpatientBillBody({ patient, practice, attending: provider }),
      );
      expect(bill.status, bill.text).toBe(201);
      const built = (await env.call('POST', '/claims/build', {})).body as {
        claims: { id: string; claimNumber: string }[];
      };
      const claim = built.claims[0];
      await batchReady(env.api);
      const controls = (await claimLines(env.db, env.api.orgId, claim?.id ?? '')).map(
        (l) => l.controlNumber,
      );
      // The ER visit is paid; the wrist X-ray (0320, 73100) is denied as not medically necessary.
      const [visit, xray] = outpatientPaidLines(controls);
      const era = make835(
        [
          {
            claimNumber: claim?.claimNumber ?? '',
            status: '1',
            payerClaimNumber: '22026079000901',
            lines: [
              visit!,
              { ...xray!, paid: 0, adjustments: [['CO', '50', xray!.charge]], remarks: ['N115'] },
            ],
          },
        ],
        { trace: 'APPEAL-FACILITY', controlNumber: 61 },
      );
      await importRemittance(env.api, 'facility-denial.835', era);
      const items = (await env.call('GET', '/worklists?kind=denial')).body.items as {
        id: string;
        claimId: string;
      }[];
      const denial = items.find((i) => i.claimId === claim?.id);
      const draft = await env.call('GET', `/worklists/${denial?.id}/appeal-letter`);
      expect(draft.status, draft.text).toBe(200);
      const text = String(draft.body.text);
      expect(text).toContain('0320');
      expect(text).toContain('73100');
      expect(text).toContain('$280.50');
      expect(text).toContain('S52.521A'.replace('.', ''));
      expect(text).not.toContain('99284');
    });
  },
  databaseTargets().slice(0, 1),
);
