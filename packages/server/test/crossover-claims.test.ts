import { beforeAll, expect, it } from 'vitest';
import { addDays, Balances, isoDate } from '@medbill/core';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import { batchReady, billEncounters, importRemittance, partPaidLines } from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import { make835 } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';

interface ClaimRow {
  id: string;
  claimNumber: string;
  coverageId: string;
  status: string;
  priorPayerClaimId?: string;
}

const prairie = { name: 'PRAIRIE HEALTH PLAN', id: '61101' };

describeWithApi('crossover claims (835 CLP02 19) on $name', (env) => {
  let practice: BilledPractice;
  let primary: { id: string; claimNumber: string };
  let controls: string[];
  let lineIds: string[];
  let crossover: ClaimRow;
  let secondaryEra: string;

  const claimsOfPatient = async () =>
    (
      (await env.call('GET', `/claims?patientId=${practice.patientId}&limit=50`)).body as {
        items: ClaimRow[];
      }
    ).items;
  const balances = async () => {
    const b = Balances.of(await ledgerEntriesFor(env.db, env.api.orgId, lineIds));
    return {
      primary: b.total(lineIds, { kind: 'payer', coverageId: practice.primaryCoverageId }),
      secondary: b.total(lineIds, {
        kind: 'payer',
        coverageId: practice.secondaryCoverageId ?? '',
      }),
      patient: b.total(lineIds, { kind: 'patient' }),
    };
  };
  const followUps = async () =>
    (
      (await env.call('GET', '/worklists?kind=follow_up')).body as {
        items: { claimId: string; summary: string }[];
      }
    ).items;

  beforeAll(async () => {
    practice = await billEncounters(env.api, ['02'], { secondary: true });
    await batchReady(env.api);
    const [claim] = practice.claims;
    if (!claim) throw new Error('one claim was billed');
    primary = claim;
    const lines = await claimLines(env.db, env.api.orgId, primary.id);
    controls = lines.map((l) => l.controlNumber);
    lineIds = lines.map((l) => l.serviceLineId);
    // Medicare pays 80.26 + 7.60 and forwards the claim to the secondary itself.
    const imported = await importRemittance(
      env.api,
      'medicare.835',
      make835(
        [
          {
            claimNumber: primary.claimNumber,
            status: '19',
            payerClaimNumber: '22026079000700',
            lines: partPaidLines(controls),
          },
        ],
        { trace: 'TRACE-XOVER-1', controlNumber: 71 },
      ),
    );
    const found = (await claimsOfPatient()).find((c) => c.priorPayerClaimId === primary.id);
    if (!found) throw new Error('no crossover claim was recorded');
    crossover = found;
    expect(imported.nextPayer).toEqual([
      expect.objectContaining({
        claimNumber: primary.claimNumber,
        outcome: 'crossover',
        nextClaimNumber: crossover.claimNumber,
      }),
    ]);
  });

  it('records the secondary claim as crossed over by the primary, owing what it left', async () => {
    expect(crossover).toMatchObject({
      coverageId: practice.secondaryCoverageId,
      status: 'crossed_over',
    });
    const read = (await env.call('GET', `/claims/${crossover.id}`)).body as {
      events: { toStatus: string; reason: string }[];
      priorPayers: unknown[];
    };
    expect(read.events.at(-1)).toMatchObject({
      toStatus: 'crossed_over',
      reason: 'forwarded by MEDICARE PART B (crossover, CLP02 19)',
    });
    expect(read.priorPayers).toMatchObject([
      { responsibility: 'P', paid: 8026 + 760, patientResponsibility: 2007 + 190 },
    ]);
    expect(await balances()).toEqual({ primary: 0, secondary: 2007 + 190, patient: 0 });
  });

  it('is never batched by medbill', async () => {
    expect((await env.call('POST', '/batches', {})).body).toMatchObject({ batches: [] });
    const refused = await env.call('POST', '/batches', { claimIds: [crossover.id] });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('forwarded to its payer by the earlier payer (crossover)');
    expect((await claimsOfPatient()).find((c) => c.id === crossover.id)?.status).toBe(
      'crossed_over',
    );
  });

  it('is followed up like a sent claim when the secondary does not answer', async () => {
    env.api.today = addDays(isoDate('2026-03-20'), 30);
    const items = await followUps();
    expect(items.map((i) => i.claimId)).toEqual([crossover.id]);
    expect(items[0]?.summary).toContain(
      `Claim ${crossover.claimNumber} to Prairie Health Plan: sent 2026-03-20 in a crossover by MEDICARE PART B`,
    );
  });

  it("posts the secondary's 835, quoting the primary's claim number, to the crossover claim", async () => {
    // Prairie pays 16.06 + 1.90 of what Medicare left; 4.01 coinsurance is the patient's.
    secondaryEra = make835(
      [
        {
          claimNumber: primary.claimNumber,
          status: '2',
          payerClaimNumber: 'PHP-88001',
          lines: [
            {
              code: '99214',
              charge: 18550,
              paid: 1606,
              adjustments: [
                ['OA', '23', 8026 + 8517],
                ['PR', '2', 401],
              ],
              controlNumber: controls[0] ?? '',
            },
            {
              code: '71046',
              modifiers: ['26'],
              charge: 4000,
              paid: 190,
              adjustments: [['OA', '23', 760 + 3050]],
              controlNumber: controls[1] ?? '',
            },
          ],
        },
      ],
      { trace: 'TRACE-XOVER-2', controlNumber: 72, payer: prairie },
    );
    const imported = await importRemittance(env.api, 'prairie.835', secondaryEra);
    expect(imported).toMatchObject({
      posted: [{ claimNumber: crossover.claimNumber, paid: 1796, status: 'paid' }],
      unmatched: 0,
      denials: 0,
      nextPayer: [],
    });
    expect(await balances()).toEqual({ primary: 0, secondary: 0, patient: 401 });
    const claims = await claimsOfPatient();
    expect(claims.find((c) => c.id === primary.id)?.status).toBe('paid');
    expect(claims.find((c) => c.id === crossover.id)?.status).toBe('paid');
    expect(await followUps()).toEqual([]);
  });

  it('changes nothing when the same 835 comes again', async () => {
    const before = { claims: await claimsOfPatient(), balances: await balances() };
    const again = await importRemittance(env.api, 'prairie-again.835', secondaryEra);
    expect(again.alreadyImported).toBe(true);
    expect({ claims: await claimsOfPatient(), balances: await balances() }).toEqual(before);
  });

  it('keeps the check date (BPR16) and trace number (TRN02) of each 835', async () => {
    const files = (await env.call('GET', '/remittances')).body as {
      items: { id: string; fileName: string; paymentDate?: string; traceNumbers: string[] }[];
    };
    expect(files.items.map((f) => [f.fileName, f.paymentDate, f.traceNumbers]).sort()).toEqual([
      ['medicare.835', '2026-03-20', ['TRACE-XOVER-1']],
      ['prairie.835', '2026-03-20', ['TRACE-XOVER-2']],
    ]);
    const prairieFile = files.items.find((f) => f.fileName === 'prairie.835');
    const read = (await env.call('GET', `/remittances/${prairieFile?.id}`)).body as {
      paymentDate: string;
      claimPayments: { claimId: string; statusCode: string }[];
    };
    expect(read.paymentDate).toBe('2026-03-20');
    expect(read.claimPayments).toMatchObject([{ claimId: crossover.id, statusCode: '2' }]);
  });
});

describeWithApi('a crossover to a payer not on file on $name', (env) => {
  it('leaves the balance to the patient and asks a biller to find the other payer', async () => {
    const practice = await billEncounters(env.api, ['02']);
    await batchReady(env.api);
    const [claim] = practice.claims;
    const controls = (await claimLines(env.db, env.api.orgId, claim?.id ?? '')).map(
      (l) => l.controlNumber,
    );
    const imported = await importRemittance(
      env.api,
      'medicare.835',
      make835(
        [
          {
            claimNumber: claim?.claimNumber ?? '',
            status: '19',
            payerClaimNumber: '22026079000701',
            lines: partPaidLines(controls),
          },
        ],
        { trace: 'TRACE-XOVER-3', controlNumber: 73 },
      ),
    );
    expect(imported.nextPayer).toEqual([
      expect.objectContaining({ claimNumber: claim?.claimNumber, outcome: 'crossover' }),
    ]);
    const items = (
      (await env.call('GET', '/worklists?kind=unmatched_remittance')).body as {
        items: { claimId: string; summary: string }[];
      }
    ).items;
    expect(items.map((i) => i.claimId)).toEqual([claim?.id]);
    expect(items[0]?.summary).toContain(
      `MEDICARE PART B forwarded claim ${claim?.claimNumber} to another payer (crossover, CLP02 19), but the patient has no coverage on file after this one`,
    );
    const built = (
      (await env.call('GET', `/claims?patientId=${practice.patientId}&limit=50`)).body as {
        items: ClaimRow[];
      }
    ).items.filter((c) => c.priorPayerClaimId !== undefined);
    expect(built).toEqual([]);
  });
});
