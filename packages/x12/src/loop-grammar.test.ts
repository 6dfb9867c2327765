import { describe, expect, it } from 'vitest';
import { grammar835 } from './grammar/835.ts';
import { grammar837p } from './grammar/837p.ts';
import { LoopTracker, type TransactionGrammar } from './loop-grammar.ts';
import { parseSegments } from './read-segments.ts';

function paths(grammar: TransactionGrammar, text: string): string[] {
  const tracker = new LoopTracker(grammar);
  return parseSegments(text).map((seg) => {
    const p = tracker.place(seg);
    return `${seg.id}${seg.elements[0] === undefined ? '' : `*${seg.elements[0]}`} ${p.path || '-'}${p.opened ? ' +' : ''}${p.known ? '' : ' ?'}`;
  });
}

describe('LoopTracker', () => {
  it('places 835 segments in loops 1000A/B, 2000, 2100, 2110 and back to the summary', () => {
    const text = [
      'ST*835*1~BPR*I~TRN*1~N1*PR*P~N3*A~N1*PE*Q~REF*TJ*1~LX*1~CLP*A~CAS*CO~SVC*HC:1~DTM*472~CAS*PR~',
      'CLP*B~NM1*QC~LX*2~CLP*C~PLB*1~SE*19*1~',
    ].join('');
    expect(paths(grammar835, text)).toEqual([
      'ST*835 -',
      'BPR*I -',
      'TRN*1 -',
      'N1*PR 1000A +',
      'N3*A 1000A',
      'N1*PE 1000B +',
      'REF*TJ 1000B',
      'LX*1 2000 +',
      'CLP*A 2000/2100 +',
      'CAS*CO 2000/2100',
      'SVC*HC:1 2000/2100/2110 +',
      'DTM*472 2000/2100/2110',
      'CAS*PR 2000/2100/2110',
      'CLP*B 2000/2100 +',
      'NM1*QC 2000/2100',
      'LX*2 2000 +',
      'CLP*C 2000/2100 +',
      'PLB*1 -',
      'SE*19 -',
    ]);
  });

  it('resolves shared NM1 qualifiers by the open loops (2010BA vs 2330A, 2310B vs 2420A)', () => {
    const text = [
      'ST*837*1~HL*1**20*1~NM1*85*2~HL*2*1*22*0~SBR*P~NM1*IL*1~NM1*PR*2~CLM*X*1~NM1*82*1~',
      'SBR*S~NM1*IL*1~NM1*PR*2~LX*1~SV1*HC:1~NM1*82*1~SVD*P*1~CAS*CO~HL*3*1*22*0~NM1*XX~SE*20*1~',
    ].join('');
    expect(paths(grammar837p, text)).toEqual([
      'ST*837 -',
      'HL*1 2000A +',
      'NM1*85 2000A/2010AA +',
      'HL*2 2000A/2000B +',
      'SBR*P 2000A/2000B',
      'NM1*IL 2000A/2000B/2010BA +',
      'NM1*PR 2000A/2000B/2010BB +',
      'CLM*X 2000A/2000B/2300 +',
      'NM1*82 2000A/2000B/2300/2310B +',
      'SBR*S 2000A/2000B/2300/2320 +',
      'NM1*IL 2000A/2000B/2300/2320/2330A +',
      'NM1*PR 2000A/2000B/2300/2320/2330B +',
      'LX*1 2000A/2000B/2300/2400 +',
      'SV1*HC:1 2000A/2000B/2300/2400',
      'NM1*82 2000A/2000B/2300/2400/2420A +',
      'SVD*P 2000A/2000B/2300/2400/2430 +',
      'CAS*CO 2000A/2000B/2300/2400/2430',
      'HL*3 2000A/2000B +',
      'NM1*XX 2000A/2000B ?',
      'SE*20 -',
    ]);
  });
});
