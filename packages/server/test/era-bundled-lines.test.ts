import { beforeAll, expect, it } from 'vitest';
import { Balances } from '@medbill/core';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import { validateX12 } from '@medbill/x12';
import { batchReady, billEncounters, importRemittance } from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import { make835 } from './era-fixture.ts';
import type { FixtureLine } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';

interface ImportResult {
  alreadyImported: boolean;
  fileId: string;
  posted: { claimNumber: string; status: string }[];
  denials: number;
  unmatched: number;
}

/** 71046-26 40.00 paid 7.60 (CO-45 30.50, PR-2 1.90). */
const chestXray: FixtureLine = {
  code: '71046',
  modifiers: ['26'],
  charge: 4000,
  paid: 760,
  adjustments: [
    ['CO', '45', 3050],
    ['PR', '2', 190],
  ],
};

/**
 * The 835 pays lines the payer re-coded or bundled (SVC06 names the code billed, TR3 1.10.2.6)
 * and echoes no REF*6R, so only the code as billed can match them.
 */
describeWithApi('835 lines the payer re-coded or bundled on $name', (env) => {
  let practice: BilledPractice;

  beforeAll(async () => {
    practice = await billEncounters(env.api, ['02', '03', '04']);
    await batchReady(env.api);
  });

  const era = (claim: { claimNumber: string } | undefined, lines: FixtureLine[], n: number) =>
    make835(
      [{ claimNumber: claim?.claimNumber ?? '', status: '1', payerClaimNumber: `PCN${n}`, lines }],
      {
        trace: `TRACE-BUNDLE-${n}`,
        controlNumber: n,
      },
    );
  const ledgerOf = async (claimId: string | undefined) => {
    const ids = (await claimLines(env.db, env.api.orgId, claimId ?? '')).map(
      (l) => l.serviceLineId,
    );
    const balances = Balances.of(await ledgerEntriesFor(env.db, env.api.orgId, ids));
    return (party?: 'patient') =>
      ids.map((id) => (party ? balances.owed(id, { kind: party }) : balances.lineBalance(id)));
  };
  const worklist = async (kind: string) =>
    (
      (await env.call('GET', `/worklists?kind=${kind}`)).body as {
        items: { claimId?: string; summary: string; amount: number }[];
      }
    ).items;
  const count = async (table: string) =>
    (await env.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n;

  // 99214 185.50 paid as 99213: 60.00 (CO-45 100.00, PR-2 25.50).
  const recoded = () =>
    era(
      practice.claims[0],
      [
        {
          code: '99213',
          submitted: { code: '99214' },
          charge: 18550,
          paid: 6000,
          adjustments: [
            ['CO', '45', 10000],
            ['PR', '2', 2550],
          ],
        },
        chestXray,
      ],
      51,
    );

  it('posts a line re-coded 99214 → 99213 to the 99214 billed, to the cent', async () => {
    const text = recoded();
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
    const result = (await importRemittance(
      env.api,
      'recoded.835',
      text,
    )) as unknown as ImportResult;
    expect(result).toMatchObject({ posted: [{ status: 'paid' }], denials: 0, unmatched: 0 });
    const owed = await ledgerOf(practice.claims[0]?.id);
    expect(owed()).toEqual([2550, 190]);
    expect(owed('patient')).toEqual([2550, 190]);
    expect(await worklist('unmatched_remittance')).toEqual([]);
    const view = (await env.call('GET', `/remittances/${result.fileId}`)).body as {
      claimPayments: { lines: { procedureCode: string; paidAs?: unknown }[] }[];
    };
    const [down, xray] = view.claimPayments[0]?.lines ?? [];
    expect(down).toMatchObject({
      procedureCode: '99214',
      paidAs: { code: '99213', modifiers: [] },
    });
    expect(xray?.procedureCode).toBe('71046');
    expect(xray).not.toHaveProperty('paidAs');
  });

  it('changes nothing when the same file comes again', async () => {
    const before = [
      await count('ledger_entries'),
      await count('worklist_items'),
      await count('claim_events'),
      await count('remittance_recoded_lines'),
    ];
    const again = (await importRemittance(
      env.api,
      'recoded-again.835',
      recoded(),
    )) as unknown as ImportResult;
    expect(again.alreadyImported).toBe(true);
    expect([
      await count('ledger_entries'),
      await count('worklist_items'),
      await count('claim_events'),
      await count('remittance_recoded_lines'),
    ]).toEqual(before);
  });

  it('posts 71046-26 bundled into 99214 as that line’s denial, the 99214 netting OA-94', async () => {
    const claim = practice.claims[1];
    // As the TR3 reports a bundle: the line paid raised by the other's charge (OA-94 −40.00),
    // the bundled line paid under 99214 naming 71046-26 in SVC06, 0 with CO-97.
    const text = era(
      claim,
      [
        {
          code: '99214',
          charge: 18550,
          paid: 8026,
          adjustments: [
            ['OA', '94', -4000],
            ['CO', '45', 12517],
            ['PR', '2', 2007],
          ],
        },
        {
          code: '99214',
          submitted: { code: '71046', modifiers: ['26'] },
          charge: 4000,
          paid: 0,
          adjustments: [['CO', '97', 4000]],
          remarks: ['M15'],
        },
      ],
      52,
    );
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
    const result = (await importRemittance(
      env.api,
      'bundled.835',
      text,
    )) as unknown as ImportResult;
    expect(result).toMatchObject({
      posted: [{ status: 'partially_paid' }],
      denials: 1,
      unmatched: 0,
    });
    const owed = await ledgerOf(claim?.id);
    expect(owed()).toEqual([2007, 4000]);
    expect(owed('patient')).toEqual([2007, 0]);
    const denials = (await worklist('denial')).filter((i) => i.claimId === claim?.id);
    expect(denials.map((d) => d.amount)).toEqual([4000]);
    expect(denials[0]?.summary).toContain('CO-97');
    expect(await worklist('unmatched_remittance')).toEqual([]);
  });

  it('leaves a line whose SVC06 names no billed line unmatched, saying what the payer billed it as', async () => {
    const claim = practice.claims[2];
    const text = era(
      claim,
      [
        {
          code: '99214',
          submitted: { code: '99215' },
          charge: 18550,
          paid: 8026,
          adjustments: [
            ['CO', '45', 8517],
            ['PR', '2', 2007],
          ],
        },
        chestXray,
      ],
      53,
    );
    const result = (await importRemittance(
      env.api,
      'unknown.835',
      text,
    )) as unknown as ImportResult;
    expect(result).toMatchObject({ posted: [{ status: 'partially_paid' }], unmatched: 1 });
    expect((await ledgerOf(claim?.id))()).toEqual([18550, 190]);
    expect((await worklist('unmatched_remittance')).map((i) => i.summary)).toEqual([
      `Claim ${claim?.claimNumber}: the payment line for 99214 (billed as 99215) matches no line of the claim (post it to the line it pays from the remittance)`,
    ]);
  });
});
