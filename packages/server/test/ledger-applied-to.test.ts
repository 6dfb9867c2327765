import { expect, it } from 'vitest';
import { databaseTargets } from '../../db/test/targets.ts';
import { registerInsuredPatient, setUpPractice } from './billing-flow.ts';
import { describeWithApi } from './test-app.ts';

interface LedgerRow {
  kind: string;
  amount: number;
  unapplied?: true;
  appliedTo?: {
    serviceDate: string;
    procedureCode: string;
    claimNumber?: string;
    claimLine?: number;
  };
}

describeWithApi(
  'the account ledger names where credit went',
  (env) => {
    it('shows an application with the service line and claim line the copay was applied to', async () => {
      const setup = await setUpPractice(env.api);
      const patientId = await registerInsuredPatient(env.api, setup.payer);
      const paid = await env.call('POST', `/patients/${patientId}/payments`, {
        amount: '25.00',
        method: 'card',
        idempotencyKey: 'checkin-applied-1',
      });
      expect(paid.status, paid.text).toBe(201);
      await env.call('POST', '/encounters', {
        patientId,
        practiceId: setup.practice,
        renderingProviderId: setup.provider,
        placeOfService: '11',
        serviceDateFrom: '2026-03-02',
        diagnoses: ['I10'],
        lines: [{ procedureCode: '99214', diagnosisPointers: [1] }],
      });
      const built = await env.call('POST', '/claims/build', {});
      expect(built.status, built.text).toBe(201);
      const claimNumber = (built.body as { claims: { claimNumber: string }[] }).claims[0]
        ?.claimNumber;

      const ledger = (
        (await env.call('GET', `/patients/${patientId}/ledger`)).body as { entries: LedgerRow[] }
      ).entries;
      const application = ledger.find((e) => e.kind === 'application');
      expect(application).toMatchObject({
        amount: 2500,
        unapplied: true,
        appliedTo: { serviceDate: '2026-03-02', procedureCode: '99214', claimNumber, claimLine: 1 },
      });
      expect(ledger.filter((e) => e.appliedTo)).toHaveLength(1);
    });
  },
  databaseTargets().slice(0, 1),
);
