import { beforeAll, expect, it } from 'vitest';
import { claimLines } from '@medbill/db';
import { billEncounters, importRemittance, partPaidLines } from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import type { FixtureLine } from './era-fixture.ts';
import { make835 } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';

interface ClaimDetail {
  id: string;
  claimNumber: string;
  status: string;
  version: number;
  frequency: string;
  staleReason?: string;
  previousVersionId?: string;
  priorPayerClaimId?: string;
  issues: { ruleId: string; message: string }[];
  priorPayers: { paid: number; priorClaimId: string }[];
  replacedBy?: { id: string; claimNumber: string };
}

/** The part-paid lines negated: the payer takes its whole adjudication back (CLP02 22). */
const reversed = (lines: readonly FixtureLine[]): FixtureLine[] =>
  lines.map((l) => ({
    ...l,
    charge: -l.charge,
    paid: -l.paid,
    adjustments: l.adjustments.map(([g, r, a]) => [g, r, -a] as [string, string, number]),
  }));

describeWithApi('secondary claims after the primary changes, on $name', (env) => {
  let practice: BilledPractice;
  const secondaryOf = new Map<string, string>();

  const claim = async (id: string) =>
    (await env.call('GET', `/claims/${id}`)).body as unknown as ClaimDetail;
  const controlNumbers = async (id: string) =>
    (await claimLines(env.db, env.api.orgId, id)).map((l) => l.controlNumber);
  const batch = async (claimIds: string[]) => {
    const made = await env.call('POST', '/batches', { claimIds });
    expect(made.status, made.text).toBe(201);
  };

  beforeAll(async () => {
    practice = await billEncounters(env.api, ['02', '03'], { secondary: true });
    await batch(practice.claims.map((c) => c.id));
    const era = make835(
      await Promise.all(
        practice.claims.map(async (c, i) => ({
          claimNumber: c.claimNumber,
          status: '1',
          payerClaimNumber: `2202607900030${i}`,
          lines: partPaidLines(await controlNumbers(c.id)),
        })),
      ),
      { trace: 'TRACE-STALE-1', controlNumber: 81 },
    );
    await importRemittance(env.api, 'primary.835', era);
    const { items } = (await env.call('GET', `/claims?patientId=${practice.patientId}&limit=50`))
      .body as { items: { id: string; priorPayerClaimId?: string; status: string }[] };
    for (const c of items) if (c.priorPayerClaimId) secondaryOf.set(c.priorPayerClaimId, c.id);
    expect(secondaryOf.size).toBe(2);
  });

  it('holds the unsent secondary when the primary is corrected, saying why', async () => {
    const primary = practice.claims[0]!;
    const secondaryId = secondaryOf.get(primary.id) ?? '';
    expect((await claim(secondaryId)).status).toBe('ready');
    const corrected = await env.call('POST', `/claims/${primary.id}/correct`, {
      reason: 'rendering provider was wrong',
    });
    expect(corrected.status, corrected.text).toBe(201);
    const secondary = await claim(secondaryId);
    expect(corrected.body.nextPayerClaims).toEqual([
      { claimNumber: secondary.claimNumber, action: 'held' },
    ]);
    expect(secondary.status).toBe('draft');
    expect(secondary.staleReason).toBe(
      `claim ${primary.claimNumber} was corrected by claim ${String(corrected.body.claimNumber)}`,
    );
    expect(secondary.issues.map((i) => i.ruleId)).toContain('COB-STALE-001');
    const rescrubbed = await env.call('POST', `/claims/${secondaryId}/scrub`, {});
    expect(rescrubbed.body.status).toBe('draft');
    const refused = await env.call('POST', '/batches', { claimIds: [secondaryId] });
    expect(refused.status).toBe(422);
  });

  it('rebuilds the held secondary from the corrected primary’s 835, voiding the stale one', async () => {
    const original = practice.claims[0]!;
    const staleId = secondaryOf.get(original.id) ?? '';
    const correctedId = (await claim(original.id)).replacedBy?.id ?? '';
    await batch([correctedId]);
    const corrected = await claim(correctedId);
    const [em, xray] = partPaidLines(await controlNumbers(correctedId));
    const imported = await importRemittance(
      env.api,
      'corrected.835',
      make835(
        [
          // As payers do: the original's adjudication taken back, then the corrected claim paid.
          {
            claimNumber: original.claimNumber,
            status: '22',
            payerClaimNumber: '22026079000300',
            lines: reversed(partPaidLines(await controlNumbers(original.id))),
          },
          {
            claimNumber: corrected.claimNumber,
            status: '1',
            payerClaimNumber: '22026079000400',
            // The payer now allows more on the E/M: 90.00 paid, 75.43 written off.
            lines: [
              {
                ...em!,
                paid: 9000,
                adjustments: [
                  ['CO', '45', 7543],
                  ['PR', '2', 2007],
                ],
              },
              xray!,
            ],
          },
        ],
        { trace: 'TRACE-STALE-2', controlNumber: 82 },
      ),
    );
    const outcomes = imported.nextPayer as { outcome: string; nextClaimNumber: string }[];
    // The takeback finds the secondary already held; the new payment rebuilds it.
    expect(outcomes.map((o) => o.outcome)).toEqual(['rebuilt']);
    const [outcome] = outcomes;
    const stale = await claim(staleId);
    expect(stale.status).toBe('void');
    expect(stale.replacedBy?.claimNumber).toBe(outcome?.nextClaimNumber);
    const rebuilt = await claim(stale.replacedBy?.id ?? '');
    expect(rebuilt).toMatchObject({
      version: 2,
      frequency: '1',
      previousVersionId: staleId,
      priorPayerClaimId: correctedId,
      status: 'ready',
    });
    expect(rebuilt.staleReason).toBeUndefined();
    expect(rebuilt.priorPayers.map((p) => [p.priorClaimId, p.paid])).toEqual([[correctedId, 9760]]);
  });

  it('puts a secondary already sent on the worklist when the primary’s 835 is reversed', async () => {
    const primary = practice.claims[1]!;
    const secondaryId = secondaryOf.get(primary.id) ?? '';
    await batch([secondaryId]);
    const takeback = make835(
      [
        {
          claimNumber: primary.claimNumber,
          status: '22',
          payerClaimNumber: '22026079000301',
          lines: reversed(partPaidLines(await controlNumbers(primary.id))),
        },
      ],
      { trace: 'TRACE-STALE-3', controlNumber: 83 },
    );
    const imported = await importRemittance(env.api, 'takeback.835', takeback);
    const secondary = await claim(secondaryId);
    expect(imported.nextPayer).toEqual([
      {
        claimNumber: primary.claimNumber,
        outcome: 'stale',
        detail: `claim ${secondary.claimNumber} was sent: a corrected claim is on the worklist`,
      },
    ]);
    expect(secondary.status).toBe('in_batch');
    const items = (
      (await env.call('GET', '/worklists?kind=secondary_correction')).body as {
        items: { claimId: string; summary: string }[];
      }
    ).items;
    expect(items.map((i) => i.claimId)).toEqual([secondaryId]);
    expect(items[0]?.summary).toContain(
      `Claim ${secondary.claimNumber} (in batch) reports an adjudication of claim ${primary.claimNumber} that no longer stands`,
    );
  });
});
