import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Balances } from '@medbill/core';
import type { Database } from '@medbill/db';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import { read837p, validateX12 } from '@medbill/x12';
import { databaseTargets } from '../../db/test/targets.ts';
import {
  batchReady,
  billEncounters,
  caller,
  importRemittance,
  partPaidLines,
} from './billing-flow.ts';
import type { BilledPractice } from './billing-flow.ts';
import { make835 } from './era-fixture.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

/** Every claim paid in part (80.26 + 7.60 each), with their payer claim numbers. */
function payBoth(practice: BilledPractice, controlNumbers: string[][]): string {
  return make835(
    practice.claims.map((claim, i) => ({
      claimNumber: claim.claimNumber,
      status: '1',
      payerClaimNumber: `2202607900012${i}`,
      lines: partPaidLines(controlNumbers[i] ?? []),
    })),
    { trace: 'TRACE-V1', controlNumber: 31 },
  );
}

describe.each(databaseTargets())('corrected and void claims on $name', (target) => {
  if (!target.available) {
    it.skip('PostgreSQL did not answer', () => undefined);
    return;
  }
  let db: Database;
  let api: TestApi;
  let practice: BilledPractice;
  let call: ReturnType<typeof caller>;

  const ledgerOf = async (claimId: string) => {
    const lines = await claimLines(db, api.orgId, claimId);
    const entries = await ledgerEntriesFor(
      db,
      api.orgId,
      lines.map((l) => l.serviceLineId),
    );
    return { lines, entries, balances: Balances.of(entries) };
  };
  const sum = (entries: readonly { kind: string; amount: number }[], kind: string) =>
    entries.filter((e) => e.kind === kind).reduce((s, e) => s + e.amount, 0);

  beforeAll(async () => {
    db = await target.open();
    api = await startTestApi(db);
    call = caller(api);
    practice = await billEncounters(api, ['02', '03', '04']);
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  it('refuses, in billing words, to correct a claim the payer has not adjudicated', async () => {
    const claim = practice.claims[0]!;
    const refused = await call('POST', `/claims/${claim.id}/correct`, { reason: 'wrong modifier' });
    expect(refused.status).toBe(409);
    const problems = refused.body.errors as { code: string; message: string }[];
    expect(problems.map((p) => p.code)).toEqual(['status', 'payer_claim_number']);
    expect(problems[1]?.message).toMatch(/no payer claim number yet/);
    const voidRefused = await call('POST', `/claims/${claim.id}/void`, { reason: 'x' });
    expect(voidRefused.status).toBe(422);
  });

  it('corrects a paid claim as version 2 (frequency 7, REF*F8), keeping every payment', async () => {
    await batchReady(api);
    const controlNumbers = await Promise.all(
      practice.claims.map(async (c) =>
        (await claimLines(db, api.orgId, c.id)).map((l) => l.controlNumber),
      ),
    );
    await importRemittance(api, 'paid.835', payBoth(practice, controlNumbers));
    const original = practice.claims[0]!;
    const before = await ledgerOf(original.id);
    const [first, second] = before.lines;

    const corrected = await call('POST', `/claims/${original.id}/correct`, {
      reason: 'units on the E/M were wrong; 71046 is bilateral-free, add modifier 59',
      lines: [
        { serviceLineId: first?.serviceLineId, charge: '200.00' },
        { serviceLineId: second?.serviceLineId, modifiers: ['26', '59'] },
      ],
    });
    expect(corrected.status, corrected.text).toBe(201);
    expect(corrected.body).toMatchObject({
      version: 2,
      frequency: '7',
      replaces: { id: original.id, claimNumber: original.claimNumber },
      ledgerEntries: 1,
    });
    const versionId = String(corrected.body.id);

    const readBack = (await call('GET', `/claims/${versionId}`)).body;
    expect(readBack).toMatchObject({
      frequency: '7',
      version: 2,
      payerClaimNumber: '22026079000120',
      previousVersionId: original.id,
      totalCharge: 20000 + 4000,
    });
    const old = (await call('GET', `/claims/${original.id}`)).body as {
      status: string;
      replacedBy: unknown;
      totalCharge: number;
      events: { reason: string }[];
    };
    expect(old).toMatchObject({
      status: 'paid',
      replacedBy: { id: versionId, frequency: '7' },
    });
    expect(old.totalCharge).toBe(18550 + 4000);
    expect(old.events.at(-1)?.reason).toMatch(/^corrected by claim .+ \(version 2\): units/);

    const after = await ledgerOf(original.id);
    // Every earlier entry is still there, unchanged; one supplement charge of 14.50 was added.
    expect(after.entries.slice(0, before.entries.length)).toEqual(before.entries);
    expect(after.entries.slice(before.entries.length)).toMatchObject([
      { kind: 'charge', supplement: true, amount: 1450 },
    ]);
    for (const line of after.lines) {
      const entries = after.entries.filter((e) => e.lineId === line.serviceLineId);
      expect(after.balances.lineBalance(line.serviceLineId)).toBe(
        sum(entries, 'charge') - sum(entries, 'payment') - sum(entries, 'adjustment'),
      );
    }

    const again = await call('POST', `/claims/${original.id}/correct`, { reason: 'once more' });
    expect(again.status).toBe(409);
    expect((again.body.errors as { code: string }[])[0]?.code).toBe('replaced');

    const text = await batchReady(api);
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
    const sent = read837p(text).claims;
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      frequency: '7',
      payerClaimControlNumber: '22026079000120',
      charge: 24000,
    });
    expect(sent[0]?.lines.map((l) => [l.charge, l.procedure.modifiers])).toEqual([
      [20000, []],
      [4000, ['26', '59']],
    ]);
  });

  it('refuses to lower a paid line below what is open, changing nothing', async () => {
    const claim = practice.claims[1]!;
    const { lines, entries } = await ledgerOf(claim.id);
    const refused = await call('POST', `/claims/${claim.id}/correct`, {
      reason: 'charge entered wrong',
      lines: [{ serviceLineId: lines[0]?.serviceLineId, charge: '50.00' }],
    });
    expect(refused.status).toBe(422);
    expect((refused.body.errors as { message: string }[])[0]?.message).toMatch(
      /line 1 \(99214\): lowering the charge by \$135\.50/,
    );
    const pointers = await call('POST', `/claims/${claim.id}/correct`, {
      reason: 'hyperlipidemia was not addressed',
      diagnoses: ['I10'],
      lines: [{ serviceLineId: lines[1]?.serviceLineId, remove: true }],
    });
    expect(pointers.status).toBe(422);
    const [problem] = pointers.body.errors as { path: string; message: string }[];
    expect(problem?.path).toBe('diagnoses');
    expect(problem?.message).toMatch(/line 1 \(99214\) points at diagnosis 2/);
    expect((await ledgerOf(claim.id)).entries).toEqual(entries);
  });

  it('voids a paid claim as frequency 8: open balances written off, payments stay', async () => {
    const claim = practice.claims[1]!;
    const before = await ledgerOf(claim.id);
    const voided = await call('POST', `/claims/${claim.id}/void`, {
      reason: 'billed under the wrong patient',
    });
    expect(voided.status, voided.text).toBe(201);
    expect(voided.body).toMatchObject({ frequency: '8', version: 2, status: 'ready' });
    const after = await ledgerOf(claim.id);
    expect(after.entries.slice(0, before.entries.length)).toEqual(before.entries);
    const added = after.entries.slice(before.entries.length);
    expect(added.every((e) => e.kind === 'adjustment' && e.group === 'CR')).toBe(true);
    for (const line of after.lines) expect(after.balances.lineBalance(line.serviceLineId)).toBe(0);
    expect(sum(after.entries, 'payment')).toBe(8026 + 760);

    const sent = read837p(await batchReady(api)).claims;
    expect(sent[0]).toMatchObject({ frequency: '8', payerClaimControlNumber: '22026079000121' });
  });

  it('corrects a date of service billed wrong: the version and its 837P bill the new date', async () => {
    const claim = practice.claims[2]!;
    const { lines } = await ledgerOf(claim.id);
    const [visit] = lines;
    const billedOn = String((await call('GET', `/claims/${claim.id}`)).body.serviceDateFrom);
    const future = await call('POST', `/claims/${claim.id}/correct`, {
      reason: 'wrong date of service',
      lines: [{ serviceLineId: visit?.serviceLineId, serviceDate: '2026-03-11' }],
    });
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual([
      expect.objectContaining({ path: 'lines.0.serviceDate', code: 'future' }),
    ]);

    // The visit was on the 1st; the x-ray line stays on the day billed.
    const corrected = await call('POST', `/claims/${claim.id}/correct`, {
      reason: 'the visit was on March 1st',
      lines: [{ serviceLineId: visit?.serviceLineId, serviceDate: '2026-03-01' }],
    });
    expect(corrected.status, corrected.text).toBe(201);
    expect(corrected.body).toMatchObject({ status: 'ready', ledgerEntries: 0 });
    const versionId = String(corrected.body.id);
    expect((await call('GET', `/claims/${versionId}`)).body).toMatchObject({
      serviceDateFrom: '2026-03-01',
      serviceDateTo: billedOn,
      lines: [{ billed: { serviceDate: '2026-03-01' } }, {}],
    });
    // The original keeps the date it was sent with.
    expect((await call('GET', `/claims/${claim.id}`)).body).toMatchObject({
      serviceDateFrom: billedOn,
      serviceDateTo: billedOn,
    });

    const sent = read837p(await batchReady(api)).claims;
    expect(sent.map((c) => c.lines.map((l) => l.serviceFrom))).toEqual([['2026-03-01', billedOn]]);
  });
});
