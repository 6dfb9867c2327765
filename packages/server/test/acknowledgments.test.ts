import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@medbill/db';
import { parseSegments } from '@medbill/x12';
import { databaseTargets, openPostgresPair, postgresAvailable } from '../../db/test/targets.ts';
import { importAcknowledgment } from '../src/services/ack-import.ts';
import {
  coverageBody,
  feeScheduleBody,
  patientBody,
  payerBody,
  practiceBody,
  providerBody,
} from './fixtures.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

interface SentBatch {
  readonly id: string;
  readonly gs06: string;
  readonly st02: string;
  /** CLM01 of each claim, in file order, with the position of its subscriber NM1*IL. */
  readonly claims: { claimNumber: string; id: string; subscriberAt: number }[];
}

const envelope = (gs01: string, set: string[]) =>
  [
    'ISA*00*          *00*          *ZZ*06102          *ZZ*1234567893     *260311*0900*^*00501*000000077*0*P*:~',
    `GS*${gs01}*06102*1234567893*20260311*0900*77*X*${gs01 === 'FA' ? '005010X231A1' : '005010X214'}~`,
    ...set,
    `SE*${set.length + 1}*0001~`,
    'GE*1*77~',
    'IEA*1*000000077~',
  ].join('\n');

/** A 999 answering transaction sets of the group with GS06 `gs06`. */
const make999 = (gs06: string, sets: string[][], groupStatus: string, accepted: number) =>
  envelope('FA', [
    'ST*999*0001*005010X231A1~',
    `AK1*HC*${gs06}*005010X222A1~`,
    ...sets.flat(),
    `AK9*${groupStatus}*${sets.length}*${sets.length}*${accepted}~`,
  ]);

/** A 277CA with one 2000D patient level per claim (TRN02 and STC01, optional REF*1K). */
function make277ca(claims: { pcn: string; stc: string; ref1k?: string }[]): string {
  const patients = claims.flatMap((c, i) => [
    `HL*${i + 4}*3*PT~`,
    'NM1*QC*1*RIVERA*MARIA****MI*1EG4TE5MK72~',
    `TRN*2*${c.pcn}~`,
    `STC*${c.stc}*20260311*${c.stc.startsWith('A7') ? 'U' : 'WQ'}*225.50~`,
    ...(c.ref1k ? [`REF*1K*${c.ref1k}~`] : []),
    'DTP*472*D8*20260304~',
  ]);
  return envelope('HN', [
    'ST*277*0001*005010X214~',
    'BHT*0085*08*277-1*20260311*0900*TH~',
    'HL*1**20*1~',
    'NM1*PR*2*MEDICARE PART B*****PI*06102~',
    'TRN*1*RCPT-1~',
    'DTP*050*D8*20260310~',
    'DTP*009*D8*20260311~',
    'HL*2*1*21*1~',
    'NM1*41*2*PRAIRIE FAMILY MEDICINE*****46*1234567893~',
    'TRN*2*2~',
    'STC*A1:19:PR*20260311*WQ*451~',
    'HL*3*2*19*1~',
    'NM1*85*2*PRAIRIE FAMILY MEDICINE*****XX*1234567893~',
    'TRN*1*0~',
    ...patients,
  ]);
}

describe.each(databaseTargets())('999 and 277CA acknowledgments on $name', (target) => {
  if (!target.available) {
    it.skip('PostgreSQL did not answer', () => undefined);
    return;
  }
  let db: Database;
  let api: TestApi;
  let rejectedBatch: SentBatch;
  let acceptedBatch: SentBatch;

  const post = async (url: string, payload: unknown) => {
    const response = await api.app.inject({ method: 'POST', url, payload: payload as object });
    return {
      status: response.statusCode,
      body: JSON.parse(response.body) as Record<string, unknown>,
    };
  };
  const importAck = (content: string, fileName = 'ack.x12') =>
    post('/acknowledgments', { fileName, content });
  const count = async (table: string) =>
    (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n;
  const counts = async () =>
    Promise.all(
      [
        'acknowledgment_files',
        'batch_acknowledgments',
        'claim_acknowledgments',
        'worklist_items',
        'claim_events',
      ].map(count),
    );
  const statusOf = async (id: string) =>
    (
      await db.query<{ status: string; payer_claim_number: string | null }>(
        'select status, payer_claim_number from claims where id = $1',
        [id],
      )
    )[0];
  const worklist = async (kind: string) =>
    (await api.app.inject({ method: 'GET', url: `/worklists?kind=${kind}` })).json<{
      items: { claimId?: string; summary: string; amount?: number }[];
    }>().items;

  /** Bills one encounter per patient on `day`, batches the ready claims, and reads the file back. */
  async function sendBatch(
    patients: string[],
    ids: { practice: string; provider: string },
    day: string,
  ): Promise<SentBatch> {
    for (const patientId of patients) {
      await post('/encounters', {
        patientId,
        practiceId: ids.practice,
        renderingProviderId: ids.provider,
        placeOfService: '11',
        serviceDateFrom: `2026-03-${day}`,
        diagnoses: ['I10', 'E78.5'],
        lines: [
          { procedureCode: '99214', diagnosisPointers: [1, 2] },
          { procedureCode: '71046', modifiers: ['26'], diagnosisPointers: [1] },
        ],
      });
    }
    const built = (await post('/claims/build', {})).body as {
      claims: { id: string; claimNumber: string }[];
    };
    const made = (await post('/batches', {})).body as { batches: { id: string }[] };
    const batchId = made.batches[0]?.id ?? '';
    const text = (await api.app.inject({ method: 'GET', url: `/batches/${batchId}/file` })).body;
    const segments = parseSegments(text);
    const subscribers = segments.filter((s) => s.id === 'NM1' && s.elements[0] === 'IL');
    const claimNumbers = segments.filter((s) => s.id === 'CLM').map((s) => s.elements[0] ?? '');
    return {
      id: batchId,
      gs06: segments.find((s) => s.id === 'GS')?.elements[5] ?? '',
      st02: segments.find((s) => s.id === 'ST')?.elements[1] ?? '',
      claims: claimNumbers.map((claimNumber, i) => ({
        claimNumber,
        id: built.claims.find((c) => c.claimNumber === claimNumber)?.id ?? '',
        subscriberAt: subscribers[i]?.txIndex ?? 0,
      })),
    };
  }

  beforeAll(async () => {
    db = await target.open();
    api = await startTestApi(db);
    const practice = String((await post('/practices', practiceBody)).body.id);
    const provider = String((await post('/providers', providerBody)).body.id);
    const payer = String((await post('/payers', payerBody)).body.id);
    await post('/fee-schedules', feeScheduleBody);
    const patients = [];
    for (const firstName of ['Maria', 'Ana']) {
      patients.push(
        String(
          (
            await post('/patients', {
              patient: { ...patientBody, firstName },
              coverages: [coverageBody(payer)],
            })
          ).body.id,
        ),
      );
    }
    rejectedBatch = await sendBatch(patients, { practice, provider }, '02');
    acceptedBatch = await sendBatch(patients, { practice, provider }, '04');
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  it('refuses a 999 for a group control number we never sent, located, changing nothing', async () => {
    const before = await counts();
    const response = await importAck(
      make999('987654', [['AK2*837*0001~', 'IK5*A~']], 'A', 1),
      'stray.999',
    );
    expect(response.status).toBe(422);
    const problem = response.body as {
      detail: string;
      errors: { path: string; message: string }[];
    };
    expect(problem.detail).toContain('acknowledges a batch medbill never sent');
    expect(problem.errors[0]).toMatchObject({
      path: 'stray.999: segment 4 AK102',
      message:
        'AK102 group control number "987654" matches the GS06 of no batch of this organization',
    });
    expect(await counts()).toEqual(before);
  });

  it('changes nothing when a 999 fails half-way (its second AK2 names no transaction set we sent)', async () => {
    const before = await counts();
    const response = await importAck(
      make999(
        rejectedBatch.gs06,
        [
          [`AK2*837*${rejectedBatch.st02}~`, 'IK5*R*5~'],
          ['AK2*837*9999~', 'IK5*A~'],
        ],
        'P',
        1,
      ),
      'half.999',
    );
    expect(response.status).toBe(422);
    expect((response.body as { errors: { path: string }[] }).errors[0]?.path).toBe(
      'half.999: segment 7 AK202',
    );
    expect(await counts()).toEqual(before);
    expect((await statusOf(rejectedBatch.claims[0]?.id ?? ''))?.status).toBe('in_batch');
  });

  it('rejects every claim of a rejected transaction set, with the IK3/IK4 error on the claim it falls in', async () => {
    const [first, second] = rejectedBatch.claims;
    const response = await importAck(
      make999(
        rejectedBatch.gs06,
        [
          [
            `AK2*837*${rejectedBatch.st02}*005010X222A1~`,
            `IK3*NM1*${second?.subscriberAt}**8~`,
            'IK4*9*67*1~',
            'IK5*R*5~',
          ],
        ],
        'R',
        0,
      ),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      kind: '999',
      rejections: 2,
      transactions: [{ controlNumber: rejectedBatch.st02, status: 'rejected' }],
    });
    expect((await statusOf(first?.id ?? ''))?.status).toBe('rejected');
    expect((await statusOf(second?.id ?? ''))?.status).toBe('rejected');
    const items = await worklist('rejection');
    const own = items.find((i) => i.claimId === second?.id);
    expect(own?.summary).toContain(
      'Loop 2010BA NM109 (subscriber member ID): required element missing',
    );
    expect(own?.amount).toBe(22550);
    const other = items.find((i) => i.claimId === first?.id);
    expect(other?.summary).toContain(
      `the whole transaction set was rejected for errors on other claims: Loop 2010BA NM109 (subscriber member ID): required element missing (claim ${second?.claimNumber})`,
    );
  });

  it('accepts the claims of an accepted transaction set (raw X12 body) and records it against the batch', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/acknowledgments?fileName=accepted.999',
      headers: { 'content-type': 'text/plain' },
      payload: make999(acceptedBatch.gs06, [[`AK2*837*${acceptedBatch.st02}~`, 'IK5*A~']], 'A', 1),
    });
    expect(response.statusCode, response.body).toBe(201);
    for (const claim of acceptedBatch.claims)
      expect((await statusOf(claim.id))?.status).toBe('accepted');
    const recorded = (
      await api.app.inject({ method: 'GET', url: `/batches/${acceptedBatch.id}/acknowledgments` })
    ).json<{ items: { status: string; transactionControlNumber: string }[] }>();
    expect(recorded.items).toMatchObject([
      { status: 'A', transactionControlNumber: acceptedBatch.st02 },
    ]);
  });

  it('applies a 277CA: accepts one claim with its payer claim number, rejects one in words, and sends an unknown one to the unmatched worklist', async () => {
    const [first, second] = acceptedBatch.claims;
    const text = make277ca([
      { pcn: first?.claimNumber ?? '', stc: 'A2:20', ref1k: '22026070000123' },
      { pcn: second?.claimNumber ?? '', stc: 'A7:562:85' },
      { pcn: 'NOT-OURS-1', stc: 'A2:20' },
    ]);
    const response = await importAck(text, 'mixed.277');
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ kind: '277CA', rejections: 1, unmatched: 1 });
    expect(await statusOf(first?.id ?? '')).toEqual({
      status: 'accepted',
      payer_claim_number: '22026070000123',
    });
    expect((await statusOf(second?.id ?? ''))?.status).toBe('rejected');
    const rejection = (await worklist('rejection')).find((i) => i.claimId === second?.id);
    expect(rejection?.summary).toBe(
      `277CA from MEDICARE PART B rejected claim ${second?.claimNumber}: A7 rejected for invalid information: 562 entity's National Provider Identifier (NPI) (billing provider)`,
    );
    const unmatched = await worklist('unmatched_acknowledgment');
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]?.summary).toContain(
      'claim NOT-OURS-1 (patient MARIA RIVERA) matches no claim medbill sent',
    );
    expect(unmatched[0]?.amount).toBe(22550);
  });

  it('changes nothing when the same file comes again', async () => {
    const [first, second] = acceptedBatch.claims;
    const before = await counts();
    const again = await importAck(
      make277ca([
        { pcn: first?.claimNumber ?? '', stc: 'A2:20', ref1k: '22026070000123' },
        { pcn: second?.claimNumber ?? '', stc: 'A7:562:85' },
        { pcn: 'NOT-OURS-1', stc: 'A2:20' },
      ]),
      'renamed.277',
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ alreadyImported: true, kind: '277CA' });
    expect(await counts()).toEqual(before);
    for (const table of ['acknowledgment_files', 'batch_acknowledgments', 'claim_acknowledgments'])
      await expect(db.query(`delete from ${table}`)).rejects.toMatchObject({ code: '42501' });
  });

  it('refuses a file that is not a 999 or 277CA, and a 999 the X12 engine finds broken, with located errors', async () => {
    const notAck = await importAck(envelope('HP', ['ST*835*0001~', 'BPR*I*0*C*NON~']), 'era.835');
    expect(notAck.status).toBe(422);
    expect((notAck.body as { errors: { message: string }[] }).errors[0]?.message).toContain(
      'the file holds a 835',
    );
    const broken = await importAck(
      make999(acceptedBatch.gs06, [[`AK2*837*${acceptedBatch.st02}~`, 'IK5*Q~']], 'A', 1),
      'broken.999',
    );
    expect(broken.status).toBe(422);
    expect((broken.body as { errors: { path: string; code: string }[] }).errors[0]).toMatchObject({
      path: 'broken.999: segment 6 IK501',
      code: 'invalid-code',
    });
  });
});

describe.skipIf(!postgresAvailable)('277CA imported twice at the same moment', () => {
  it('is applied once', async () => {
    const pair = await openPostgresPair();
    try {
      const api = await startTestApi(pair.first);
      const ctx = {
        orgId: api.orgId,
        actor: { id: 'test', name: 'Test', roles: ['admin' as const] },
        requestId: 'race',
        ip: 'local',
      };
      const text = make277ca([{ pcn: 'RACE-1', stc: 'A2:20' }]);
      const results = await Promise.all([
        importAcknowledgment(pair.first, ctx, { name: 'a.277', text }),
        importAcknowledgment(pair.second, ctx, { name: 'b.277', text }),
      ]);
      expect(results.map((r) => r.alreadyImported).sort()).toEqual([false, true]);
      const rows = await pair.first.query<{ files: number; items: number }>(
        `select (select count(*)::int from acknowledgment_files) as files,
                (select count(*)::int from worklist_items where kind = 'unmatched_acknowledgment') as items`,
      );
      expect(rows[0]).toEqual({ files: 1, items: 1 });
      await api.app.close();
    } finally {
      await pair.close();
    }
  });
});
