import { describe, expect, it } from 'vitest';
import {
  read835,
  readRemittanceItems,
  type Remittance,
  type RemittanceItem,
  type X12Issue,
} from '../src/index.ts';
import { listSamples, readSample, readSampleText } from './samples.ts';

/** Chunks of `size` bytes, as a file stream would hand them over. */
const chunked = (bytes: Uint8Array, size: number): Uint8Array[] =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
    bytes.subarray(i * size, i * size + size),
  );

async function readItems(
  source: Iterable<Uint8Array | string>,
): Promise<{ items: RemittanceItem[]; issues: X12Issue[]; batches: number }> {
  const items: RemittanceItem[] = [];
  const issues: X12Issue[] = [];
  let batches = 0;
  for await (const batch of readRemittanceItems(source, { onIssue: (i) => issues.push(i) })) {
    expect(batch.length).toBeGreaterThan(0);
    batches += 1;
    items.push(...batch);
  }
  return { items, issues, batches };
}

/** The whole remittances the items describe, put back together. */
function assemble(items: readonly RemittanceItem[]): Remittance[] {
  const out: Remittance[] = [];
  let claims: Remittance['claims'][number][] = [];
  for (const item of items) {
    if (item.kind === 'claim') {
      claims.push(item.claim);
      continue;
    }
    expect(item.claimCount).toBe(claims.length);
    expect(item.claimsPaid).toBe(claims.reduce((sum, c) => sum + c.paid, 0));
    out.push({ ...item.remittance, claims, providerAdjustments: item.providerAdjustments });
    claims = [];
  }
  expect(claims).toEqual([]);
  return out;
}

const byPlace = (issues: readonly X12Issue[]): X12Issue[] =>
  [...issues].sort(
    (a, b) =>
      a.segmentIndex - b.segmentIndex ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );

const eras = listSamples().filter((name) => /ST\W835\W/.test(readSampleText(name)));

describe('readRemittanceItems', () => {
  it.each(eras)('%s: claim by claim, the same remittances and issues as read835', async (name) => {
    const whole = read835(readSampleText(name));
    const { items, issues } = await readItems(chunked(readSample(name), 97));
    expect(assemble(items)).toEqual(whole.remittances);
    expect(byPlace(issues)).toEqual(byPlace(whole.issues));
  });

  it('hands back each claim with its transaction header before the next one is read', async () => {
    const name = '835/stupidedi__X221A1-dollars-and-data-sent-separate.edi';
    const { items } = await readItems([readSampleText(name)]);
    const [first] = read835(readSampleText(name)).remittances;
    const claims = items.filter((i) => i.kind === 'claim');
    expect(claims.length).toBe(first?.claims.length);
    expect(claims[0]?.remittance).toMatchObject({
      controlNumber: first?.controlNumber,
      payment: first?.payment,
      payer: first?.payer,
      payee: first?.payee,
    });
    expect(claims[0]?.remittance).not.toHaveProperty('claims');
    expect(items.at(-1)).toMatchObject({ kind: 'end', claimCount: first?.claims.length });
  });

  it('balances each claim as it closes, and the transaction at its end', async () => {
    const isa =
      'ISA*00*          *00*          *ZZ*PAYER          *ZZ*PROVIDER       *240101*1200*^*00501*000000001*0*P*:~';
    const set = [
      'ST*835*0001~',
      'BPR*I*150*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20240105~',
      'TRN*1*12345*1512345678~',
      'N1*PR*ACME HEALTH~',
      'N1*PE*CLINIC*XX*1234567893~',
      'LX*1~',
      'CLP*PCN1*1*100*60**12*C1~',
      'CAS*CO*45*30~',
      'CLP*PCN2*1*100*100**12*C2~',
      'PLB*1234567893*20241231*L6:INT*-1.5~',
    ];
    const text = [
      isa,
      'GS*HP*P*R*20240101*1200*1*X*005010X221A1~',
      ...set,
      `SE*${set.length + 1}*0001~`,
      'GE*1*1~',
      'IEA*1*000000001~',
    ].join('\n');
    const { items, issues } = await readItems([text]);
    expect(items.map((i) => (i.kind === 'claim' ? i.claim.patientControlNumber : 'end'))).toEqual([
      'PCN1',
      'PCN2',
      'end',
    ]);
    expect(issues.map((i) => [i.code, i.segmentId])).toEqual([
      ['unbalanced-claim', 'CLP'],
      ['unbalanced-payment', 'ST'],
    ]);
    expect(items.at(-1)).toMatchObject({
      kind: 'end',
      claimCount: 2,
      claimsPaid: 16000,
      providerAdjustments: [{ reason: 'L6', reference: 'INT', amount: -150 }],
    });
  });

  it('reads one transaction of many claims without holding them (they arrive in many batches)', async () => {
    const claimsPerChunk = 50;
    const chunks = function* (): Generator<string> {
      yield 'ISA*00*          *00*          *ZZ*PAYER          *ZZ*PROVIDER       *240101*1200*^*00501*000000001*0*P*:~GS*HP*P*R*20240101*1200*1*X*005010X221A1~';
      yield 'ST*835*0001~BPR*I*2000000*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20240105~TRN*1*12345*1512345678~N1*PR*ACME HEALTH~N1*PE*CLINIC*XX*1234567893~LX*1~';
      for (let n = 0; n < 20_000 / claimsPerChunk; n += 1) {
        let chunk = '';
        for (let k = 0; k < claimsPerChunk; k += 1)
          chunk += `CLP*PCN${n * claimsPerChunk + k}*1*100*100**12*C~SVC*HC:99213*100*100**1~`;
        yield chunk;
      }
      yield `SE*${6 + 2 * 20_000 + 1}*0001~GE*1*1~IEA*1*000000001~`;
    };
    let claims = 0;
    let batches = 0;
    let end: RemittanceItem | undefined;
    const issues: X12Issue[] = [];
    for await (const batch of readRemittanceItems(chunks(), { onIssue: (i) => issues.push(i) })) {
      batches += 1;
      for (const item of batch) {
        if (item.kind === 'claim') claims += 1;
        else end = item;
      }
    }
    expect(issues).toEqual([]);
    expect(claims).toBe(20_000);
    expect(batches).toBeGreaterThanOrEqual(20_000 / claimsPerChunk);
    expect(end).toMatchObject({ kind: 'end', claimCount: 20_000, claimsPaid: 200_000_000 });
  });
});
