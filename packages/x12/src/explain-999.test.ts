import { describe, expect, it } from 'vitest';
import { build837p } from './build-837p.ts';
import { twoClaims } from './build-837p.fixture.ts';
import { explain999Errors, sentTransaction, transactionClaims } from './explain-999.ts';
import { read999 } from './read-acknowledgments.ts';
import { parseSegments } from './read-segments.ts';

const sent = parseSegments(build837p(twoClaims).text ?? '');

function answer(body: string[]) {
  const set = ['ST*999*0001*005010X231A1~', 'AK1*HC*7*005010X222A1~', 'AK2*837*21~', ...body];
  const text = [
    'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*MEDBILL        *260321*0900*^*00501*000000001*0*P*:~',
    'GS*FA*CLEARINGHOUSE*MEDBILL*20260321*0900*1*X*005010X231A1~',
    ...set,
    'IK5*R*5~',
    'AK9*R*1*1*0~',
    `SE*${set.length + 3}*0001~`,
    'GE*1*1~',
    'IEA*1*000000001~',
  ].join('\n');
  const transaction = read999(text).acks[0]?.transactions[0];
  if (transaction === undefined) throw new Error('no transaction read');
  return transaction;
}

describe('explain999Errors', () => {
  const transaction = sentTransaction(sent, '21') ?? [];

  it('finds the transaction set we sent by its ST02 (leading zeros aside) and its claims', () => {
    expect(transaction[0]?.elements[1]).toBe('0021');
    expect(transaction.at(-1)?.id).toBe('SE');
    expect(transactionClaims(transaction)).toEqual(['PCN-0001', 'PCN-0002']);
    expect(sentTransaction(sent, '22')).toBeUndefined();
  });

  it('puts each error on its claim, in words', () => {
    const explained = explain999Errors(
      answer([
        'IK3*NM1*42**8~',
        'IK4*9*67*1~',
        'IK3*SV1*27*2400*8~',
        'IK4*1:2*234*7*99999~',
        'IK3*REF*11**3~',
        'IK3*NM1*14**8~',
        'CTX*CLM01:PCN-0001~',
        'IK4*3*1035*4~',
      ]),
      transaction,
    );
    expect(explained).toEqual([
      {
        position: 42,
        segmentId: 'NM1',
        loop: '2010BA',
        element: 9,
        claims: ['PCN-0002'],
        message: 'Loop 2010BA NM109 (subscriber member ID): required element missing',
      },
      {
        position: 27,
        segmentId: 'SV1',
        loop: '2400',
        element: 1,
        component: 2,
        claims: ['PCN-0001'],
        message: 'Loop 2400 SV101-2 (procedure code): invalid code value (value "99999")',
      },
      {
        position: 11,
        segmentId: 'REF',
        loop: '2010AA',
        claims: ['PCN-0001', 'PCN-0002'],
        message: 'Loop 2010AA REF segment: required segment missing',
      },
      {
        position: 14,
        segmentId: 'NM1',
        loop: '2010BA',
        element: 3,
        claims: ['PCN-0001'],
        message: 'Loop 2010BA NM103 (subscriber last name): too short',
      },
    ]);
  });
});
