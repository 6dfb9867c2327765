import { beforeAll, expect, it } from 'vitest';
import { Balances } from '@medbill/core';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import { read835, read837p, validateX12 } from '@medbill/x12';
import { batchReady, billEncounters, importRemittance, partPaidLines } from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import { make835 } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';

interface ClaimRow {
  id: string;
  claimNumber: string;
  coverageId: string;
  status: string;
  totalCharge: number;
  priorPayerClaimId?: string;
}

describeWithApi('secondary claims (COB) on $name', (env) => {
  let practice: BilledPractice;
  let imported: Record<string, unknown>;
  let primaryEra = '';

  beforeAll(async () => {
    practice = await billEncounters(env.api, ['02', '03'], { secondary: true });
    const primaryFile = await batchReady(env.api);
    expect(read837p(primaryFile).claims.map((c) => c.subscriber.responsibility)).toEqual([
      'P',
      'P',
    ]);
    const [paid, crossedOver] = practice.claims;
    const lines = async (id: string) =>
      (await claimLines(env.db, env.api.orgId, id)).map((l) => l.controlNumber);
    const era = make835(
      [
        {
          claimNumber: paid?.claimNumber ?? '',
          status: '1',
          payerClaimNumber: '22026079000200',
          lines: partPaidLines(await lines(paid?.id ?? '')),
        },
        {
          claimNumber: crossedOver?.claimNumber ?? '',
          status: '19',
          payerClaimNumber: '22026079000201',
          lines: partPaidLines(await lines(crossedOver?.id ?? '')),
        },
      ],
      { trace: 'TRACE-COB', controlNumber: 41 },
    );
    primaryEra = era;
    imported = await importRemittance(env.api, 'primary.835', era);
  });

  const claimsOfPatient = async () =>
    (
      (await env.call('GET', `/claims?patientId=${practice.patientId}&limit=50`)).body as {
        items: ClaimRow[];
      }
    ).items;

  it('ages what is left under the payer who owes it now, counted once', async () => {
    const { aging } = (await env.call('GET', '/dashboard')).body as {
      aging: { payerName: string; claims: number; balance: number }[];
    };
    // Each claim's PR-1/PR-2 (20.07 + 1.90) moved to the secondary; the primary owes nothing.
    expect(aging).toEqual([
      expect.objectContaining({
        payerName: 'Prairie Health Plan',
        bucket: '0-30',
        claims: 2,
        balance: 2 * 2197,
      }),
    ]);
  });

  it('builds the secondary claim at posting, scrubbed ready, with the primary adjudication', async () => {
    const [paid, crossedOver] = practice.claims;
    expect(imported.nextPayer).toEqual([
      expect.objectContaining({ claimNumber: paid?.claimNumber, outcome: 'built' }),
      expect.objectContaining({ claimNumber: crossedOver?.claimNumber, outcome: 'crossover' }),
    ]);
    const secondary = (await claimsOfPatient()).filter((c) => c.priorPayerClaimId === paid?.id);
    expect(secondary).toHaveLength(1);
    expect(secondary[0]).toMatchObject({
      priorPayerClaimId: paid?.id,
      coverageId: practice.secondaryCoverageId,
      status: 'ready',
      totalCharge: 18550 + 4000,
    });
    const read = (await env.call('GET', `/claims/${secondary[0]?.id}`)).body as {
      issues: { ruleId: string }[];
      priorPayers: unknown[];
    };
    expect(read.issues.map((i) => i.ruleId)).not.toContain('COB-ADJ-001');
    expect(read.priorPayers).toMatchObject([
      {
        position: 1,
        priorClaimId: paid?.id,
        responsibility: 'P',
        adjudicatedOn: '2026-03-20',
        paid: 8026 + 760,
        patientResponsibility: 2007 + 190,
        claimAdjustments: [],
        lines: [
          { sequence: 1, paid: 8026 },
          { sequence: 2, paid: 760 },
        ],
      },
    ]);

    // The patient responsibility the primary left now sits with the secondary coverage.
    const ids = (await claimLines(env.db, env.api.orgId, paid?.id ?? '')).map(
      (l) => l.serviceLineId,
    );
    const balances = Balances.of(await ledgerEntriesFor(env.db, env.api.orgId, ids));
    expect(
      balances.total(ids, { kind: 'payer', coverageId: practice.secondaryCoverageId ?? '' }),
    ).toBe(2007 + 190);
  });

  it('says so, and bills nobody, where the primary crossed the claim over', async () => {
    const crossedOver = practice.claims[1];
    const read = (await env.call('GET', `/claims/${crossedOver?.id}`)).body as {
      events: { reason: string }[];
    };
    expect(read.events.at(-1)?.reason).toMatch(/forwarded by the payer to the next payer/);
    // Recorded as sent by the primary (crossed over), never ready for a batch of ours.
    const built = (await claimsOfPatient()).filter((c) => c.priorPayerClaimId === crossedOver?.id);
    expect(built).toEqual([expect.objectContaining({ status: 'crossed_over' })]);
  });

  it('batches it as an 837P whose 2320/2330B/2430 balance', async () => {
    const text = await batchReady(env.api);
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
    const [claim, ...others] = read837p(text).claims;
    expect(others).toEqual([]);
    expect(claim?.subscriber).toMatchObject({ responsibility: 'S', id: 'PHP77001234' });
    expect(claim?.payer.id).toBe('61101');
    const other = claim?.otherPayers[0];
    expect(other).toMatchObject({
      responsibility: 'P',
      paid: 8026 + 760,
      adjustments: [],
      payer: { id: '06102' },
      subscriber: { id: '1EG4TE5MK72' },
    });
    expect(other?.adjudicatedOn).toBeUndefined();
    // The patient's remaining liability goes on each line (2430 AMT*EAF), never also in 2320:
    // the PR adjustments the primary's 835 made on that line.
    expect(other?.remainingPatientLiability).toBeUndefined();
    const paidClaim = read835(primaryEra).remittances[0]?.claims.find(
      (c) => c.patientControlNumber === practice.claims[0]?.claimNumber,
    );
    const primaryPr = paidClaim?.serviceLines.map((l) =>
      l.adjustments.filter((a) => a.group === 'PR').reduce((sum, a) => sum + a.amount, 0),
    );
    expect(primaryPr).toEqual([2007, 190]);
    expect(claim?.lines.map((l) => l.adjudications[0]?.remainingPatientLiability)).toEqual(
      primaryPr,
    );
    expect(text).toContain('AMT*EAF*20.07~');
    const svd = claim?.lines.map((l) => l.adjudications[0]);
    expect(svd?.map((a) => [a?.payerId, a?.paid, a?.date])).toEqual([
      ['06102', 8026, '2026-03-20'],
      ['06102', 760, '2026-03-20'],
    ]);
    for (const line of claim?.lines ?? []) {
      const a = line.adjudications[0];
      const cas = a?.adjustments.reduce((s, x) => s + x.amount, 0) ?? 0;
      expect((a?.paid ?? 0) + cas).toBe(line.charge);
    }
    const casTotal = (svd ?? []).reduce(
      (s, a) => s + (a?.adjustments.reduce((t, x) => t + x.amount, 0) ?? 0),
      0,
    );
    expect((other?.paid ?? 0) + casTotal).toBe(claim?.charge);
  });

  it('builds it once: the same 835 again changes nothing', async () => {
    const before = await claimsOfPatient();
    const era = (
      await env.db.query<{ file_text: string }>('select file_text from remittance_files')
    )[0];
    const again = await importRemittance(env.api, 'primary-again.835', era?.file_text ?? '');
    expect(again.alreadyImported).toBe(true);
    expect(await claimsOfPatient()).toHaveLength(before.length);
  });
});

describeWithApi('secondary claims of a whole 835 on $name', (env) => {
  it('bills each secondary once, in file order, from the payment that stands', async () => {
    const practice = await billEncounters(env.api, ['02', '03', '04'], { secondary: true });
    await batchReady(env.api);
    const controls = async (claimId: string) =>
      (await claimLines(env.db, env.api.orgId, claimId)).map((l) => l.controlNumber);
    const [first, second, third] = practice.claims;
    if (!first || !second || !third) throw new Error('three claims were billed');
    const paid = async (claim: { id: string; claimNumber: string }, n: number) => ({
      claimNumber: claim.claimNumber,
      status: '1',
      payerClaimNumber: `2202607900050${n}`,
      lines: partPaidLines(await controls(claim.id)),
    });
    const firstLines = partPaidLines(await controls(first.id));
    const imported = await importRemittance(
      env.api,
      'three.835',
      make835(
        [
          await paid(first, 1),
          await paid(second, 2),
          {
            claimNumber: first.claimNumber,
            status: '22',
            payerClaimNumber: '22026079000501',
            lines: firstLines.map((l) => ({
              ...l,
              charge: -l.charge,
              paid: -l.paid,
              adjustments: l.adjustments.map(([g, r, a]) => [g, r, -a] as [string, string, number]),
            })),
          },
          {
            claimNumber: first.claimNumber,
            status: '1',
            payerClaimNumber: '22026079000503',
            // Paid again, allowing 5.00 more on the E/M.
            lines: [
              {
                ...firstLines[0]!,
                paid: 8526,
                adjustments: [
                  ['CO', '45', 8017],
                  ['PR', '2', 2007],
                ],
              },
              firstLines[1]!,
            ],
          },
          await paid(third, 4),
        ],
        { trace: 'TRACE-SET', controlNumber: 51 },
      ),
    );
    const outcomes = imported.nextPayer as {
      claimNumber: string;
      outcome: string;
      nextClaimNumber?: string;
    }[];
    expect(outcomes.map((o) => [o.claimNumber, o.outcome])).toEqual([
      [first.claimNumber, 'held'],
      [second.claimNumber, 'built'],
      [first.claimNumber, 'built'],
      [third.claimNumber, 'built'],
    ]);
    const secondary = (
      (await env.call('GET', `/claims?patientId=${practice.patientId}&limit=50`)).body as {
        items: { id: string; claimNumber: string; priorPayerClaimId?: string }[];
      }
    ).items.find((c) => c.claimNumber === outcomes[2]?.nextClaimNumber);
    expect(secondary?.priorPayerClaimId).toBe(first.id);
    const read = (await env.call('GET', `/claims/${secondary?.id}`)).body as {
      priorPayers: { paid: number }[];
    };
    expect(read.priorPayers.map((p) => p.paid)).toEqual([8526 + 760]);
  });
});
