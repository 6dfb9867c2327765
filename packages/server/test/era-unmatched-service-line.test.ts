import { beforeAll, expect, it } from 'vitest';
import { claimLines } from '@medbill/db';
import { billEncounters, importRemittance } from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import { make835, paidClaim } from './era-fixture.ts';
import type { FixtureClaim, FixtureLine } from './era-fixture.ts';
import { describeWithApi } from './test-app.ts';

interface RemittanceDetail {
  claimPayments: {
    position: number;
    claimStatus?: string;
    lines: { serviceLineId: string; paidAs?: { code: string }; entries: unknown[] }[];
    unposted: { servicePosition?: number; reason?: string; service: string; paid: number }[];
    openLines: { serviceLineId: string; service: string }[];
  }[];
}

interface HeldItem {
  id: string;
  source: string;
  claimId?: string;
  detail: { position?: number; servicePosition?: number; unposted?: string };
}

/**
 * The test encounter's 835 with the 99214 line paid as 99213 without saying so (no SVC06, no
 * line control number): $60.00 paid, CO-45, PR-2 $20.07 moved on, unless `first` says otherwise;
 * the 71046-26 line echoes its control number and matches.
 */
const recodedSilently = (
  claimNumber: string,
  payerClaimNumber: string,
  controls: readonly string[],
  first?: FixtureLine,
): FixtureClaim => {
  const paid = paidClaim(claimNumber, payerClaimNumber, controls);
  const [, ...rest] = paid.lines;
  const recoded: FixtureLine = {
    code: '99213',
    charge: 18550,
    paid: 6000,
    adjustments: [
      ['CO', '45', 10543],
      ['PR', '2', 2007],
    ],
  };
  return { ...paid, lines: [first ?? recoded, ...rest] };
};

describeWithApi('a service line the import could not match, posted by hand, on $name', (env) => {
  let practice: BilledPractice;
  const count = async (sql: string, params: string[]) =>
    (await env.db.query<{ n: number }>(sql, params))[0]?.n;
  const entriesFrom = (fileId: string) =>
    count('select count(*)::int as n from ledger_entries where org_id = $1 and source = $2', [
      env.api.orgId,
      `era:${fileId}`,
    ]);
  const held = async (fileId: string, status = 'open') =>
    (
      (await env.call('GET', `/worklists?kind=unmatched_remittance&status=${status}`)).body as {
        items: HeldItem[];
      }
    ).items.filter((item) => item.source === `era:${fileId}`);
  const view = async (fileId: string) =>
    (await env.call('GET', `/remittances/${fileId}`)).body as unknown as RemittanceDetail;
  const post = (fileId: string, servicePosition: number, serviceLineId: string) =>
    env.call('POST', `/remittances/${fileId}/claim-payments/1/lines/${servicePosition}/post`, {
      serviceLineId,
    });

  beforeAll(async () => {
    practice = await billEncounters(env.api, ['04', '05', '06'], { secondary: true });
    const made = await env.call('POST', '/batches', {});
    expect(made.status, made.text).toBe(201);
  });

  it('posts it to the line the biller chooses, then bills the secondary it held', async () => {
    const [claim] = practice.claims;
    const lines = await claimLines(env.db, env.api.orgId, claim?.id ?? '');
    const [visit, xray] = lines.map((l) => l.serviceLineId);
    const imported = await importRemittance(
      env.api,
      'recoded.835',
      make835(
        [
          recodedSilently(
            claim?.claimNumber ?? '',
            'PAYER-RECODED',
            lines.map((l) => l.controlNumber),
          ),
        ],
        { trace: 'TRACE-RECODED', controlNumber: 91 },
      ),
    );
    expect(imported).toMatchObject({ unmatched: 1 });
    const fileId = String(imported.fileId);
    expect(await entriesFrom(fileId)).toBe(3);
    expect((await held(fileId)).map((item) => item.detail)).toEqual([
      expect.objectContaining({ position: 1, servicePosition: 1, unposted: 'unmatched' }),
    ]);
    const before = (await view(fileId)).claimPayments[0];
    expect(before).toMatchObject({
      claimStatus: 'partially_paid',
      unposted: [{ servicePosition: 1, reason: 'unmatched', service: '99213', paid: 6000 }],
      openLines: [{ serviceLineId: visit, service: '99214' }],
    });

    // Refused, nothing posted: a line the 835 matched, one that is not there, a billed line
    // another service line pays, a line not of this claim.
    expect((await post(fileId, 2, visit ?? '')).status).toBe(409);
    expect((await post(fileId, 3, visit ?? '')).status).toBe(404);
    const taken = await post(fileId, 1, xray ?? '');
    expect(taken.status, taken.text).toBe(422);
    expect(taken.body).toMatchObject({ errors: [{ path: 'serviceLineId', code: 'already_paid' }] });
    const stranger = await post(fileId, 1, '00000000-0000-4000-8000-000000000000');
    expect(stranger.status).toBe(422);
    expect(await entriesFrom(fileId)).toBe(3);

    const posted = await post(fileId, 1, visit ?? '');
    expect(posted.status, posted.text).toBe(200);
    // The claim is now accounted for in full: paid, and the secondary it held is billed.
    expect(posted.body).toMatchObject({
      claimNumber: claim?.claimNumber,
      status: 'paid',
      unmatched: 0,
      nextPayer: { outcome: 'built' },
    });
    expect(await entriesFrom(fileId)).toBe(6);
    const after = (await view(fileId)).claimPayments[0];
    expect(after).toMatchObject({ claimStatus: 'paid', unposted: [], openLines: [] });
    expect(after?.lines.find((l) => l.serviceLineId === visit)).toMatchObject({
      paidAs: { code: '99213' },
      entries: [
        { kind: 'payment', amount: 6000 },
        { kind: 'adjustment', amount: 10543 },
        { kind: 'transfer', amount: 2007, toParty: 'payer' },
      ],
    });
    const secondary = (
      (await env.call('GET', `/claims?patientId=${practice.patientId}&limit=50`)).body as {
        items: { priorPayerClaimId?: string; coverageId: string }[];
      }
    ).items.filter((c) => c.priorPayerClaimId === claim?.id);
    expect(secondary).toEqual([
      expect.objectContaining({ coverageId: practice.secondaryCoverageId }),
    ]);
    expect(await held(fileId)).toEqual([]);
    const [resolved] = await held(fileId, 'resolved');
    const history = (await env.call('GET', `/worklists/${resolved?.id ?? ''}/history`)).body as {
      history: { action: string; text: string }[];
    };
    expect(history.history).toEqual([
      expect.objectContaining({
        action: 'resolve',
        text: expect.stringContaining("Posted by hand to the claim's 99214 (2026-03-") as unknown,
      }),
    ]);

    // Posted once: again is refused and posts nothing more.
    const again = await post(fileId, 1, visit ?? '');
    expect(again.status, again.text).toBe(409);
    expect(await entriesFrom(fileId)).toBe(6);
  });

  it('refuses a line paid over its charge, and lets one of two billers post at once', async () => {
    const [, overpaid, raced] = practice.claims;
    const importFor = async (
      claim: { id: string; claimNumber: string } | undefined,
      name: string,
      controlNumber: number,
      first?: FixtureLine,
    ) => {
      const lines = await claimLines(env.db, env.api.orgId, claim?.id ?? '');
      const imported = await importRemittance(
        env.api,
        name,
        make835(
          [
            recodedSilently(
              claim?.claimNumber ?? '',
              `PAYER-${name}`,
              lines.map((l) => l.controlNumber),
              first,
            ),
          ],
          { trace: `TRACE-${name}`, controlNumber },
        ),
      );
      return { fileId: String(imported.fileId), visit: lines[0]?.serviceLineId ?? '' };
    };

    // Paid $205.50 on a $185.50 charge (OA-94 −$20.00): balanced, but an overpayment.
    const overpaidEra = await importFor(overpaid, 'overpaid.835', 92, {
      code: '99213',
      charge: 18550,
      paid: 20550,
      adjustments: [['OA', '94', -2000]],
    });
    const refused = await post(overpaidEra.fileId, 1, overpaidEra.visit);
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body).toMatchObject({
      detail: expect.stringContaining(
        'pays $205.50 on a $185.50 charge: an overpayment to settle with the payer',
      ) as unknown,
      errors: [{ path: 'servicePosition', code: 'unbalanced' }],
    });
    expect(await entriesFrom(overpaidEra.fileId)).toBe(3);

    const race = await importFor(raced, 'raced.835', 93);
    const both = await Promise.all([1, 2].map(() => post(race.fileId, 1, race.visit)));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await entriesFrom(race.fileId)).toBe(6);
  });
});
