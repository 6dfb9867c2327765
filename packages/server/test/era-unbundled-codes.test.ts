import { beforeAll, expect, it } from 'vitest';
import { Balances } from '@medbill/core';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import { validateX12 } from '@medbill/x12';
import { batchReady, billEncounters, importRemittance } from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import { make835 } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';

/**
 * The payer unbundled 71046-26 ($40.00) into two procedures, each service line naming it in
 * SVC06 (TR3 1.10.2.6): 71045-26 carries the charge and pays 5.00 (CO-45 33.75, PR-2 1.25),
 * 76000-26 reports 0 charged and pays 2.60 (OA-94 −3.25, PR-2 0.65). Together: 7.60 paid,
 * CO-45 30.50 net written off, 1.90 to the patient.
 */
describeWithApi('835 lines the payer unbundled on $name', (env) => {
  let practice: BilledPractice;

  beforeAll(async () => {
    practice = await billEncounters(env.api, ['02']);
    await batchReady(env.api);
  });

  it('records and shows every procedure the payer paid the unbundled line as, with its amount', async () => {
    const claim = practice.claims[0];
    const text = make835(
      [
        {
          claimNumber: claim?.claimNumber ?? '',
          status: '1',
          payerClaimNumber: 'PCN61',
          lines: [
            {
              code: '99214',
              charge: 18550,
              paid: 8026,
              adjustments: [
                ['CO', '45', 8517],
                ['PR', '2', 2007],
              ],
            },
            {
              code: '71045',
              modifiers: ['26'],
              submitted: { code: '71046', modifiers: ['26'] },
              charge: 4000,
              paid: 500,
              adjustments: [
                ['CO', '45', 3375],
                ['PR', '2', 125],
              ],
            },
            {
              code: '76000',
              modifiers: ['26'],
              submitted: { code: '71046', modifiers: ['26'] },
              charge: 0,
              paid: 260,
              adjustments: [
                ['OA', '94', -325],
                ['PR', '2', 65],
              ],
            },
          ],
        },
      ],
      { trace: 'TRACE-UNBUNDLE-61', controlNumber: 61 },
    );
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
    const result = (await importRemittance(env.api, 'unbundled.835', text)) as {
      fileId: string;
      posted: { status: string }[];
      unmatched: number;
    };
    expect(result).toMatchObject({ posted: [{ status: 'paid' }], unmatched: 0 });

    const lines = await claimLines(env.db, env.api.orgId, claim?.id ?? '');
    const balances = Balances.of(
      await ledgerEntriesFor(
        env.db,
        env.api.orgId,
        lines.map((l) => l.serviceLineId),
      ),
    );
    expect(lines.map((l) => balances.owed(l.serviceLineId, { kind: 'patient' }))).toEqual([
      2007, 190,
    ]);
    expect(lines.map((l) => balances.lineBalance(l.serviceLineId))).toEqual([2007, 190]);

    const xrayId = lines[1]?.serviceLineId;
    expect(
      await env.db.query(
        `select service_line_id, position, procedure_code, modifiers, paid_cents::int as paid
         from remittance_recoded_lines where file_id = $1 order by position`,
        [result.fileId],
      ),
    ).toEqual([
      {
        service_line_id: xrayId,
        position: 1,
        procedure_code: '71045',
        modifiers: ['26'],
        paid: 500,
      },
      {
        service_line_id: xrayId,
        position: 2,
        procedure_code: '76000',
        modifiers: ['26'],
        paid: 260,
      },
    ]);

    const view = (await env.call('GET', `/remittances/${result.fileId}`)).body as {
      claimPayments: { lines: Record<string, unknown>[] }[];
    };
    const [office, xray] = view.claimPayments[0]?.lines ?? [];
    expect(office).not.toHaveProperty('paidAs');
    expect(office).not.toHaveProperty('unbundledInto');
    expect(xray).toMatchObject({
      procedureCode: '71046',
      modifiers: ['26'],
      unbundledInto: [
        { code: '71045', modifiers: ['26'], paid: 500 },
        { code: '76000', modifiers: ['26'], paid: 260 },
      ],
    });
    expect(xray).not.toHaveProperty('paidAs');
  });
});
