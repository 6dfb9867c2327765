import { describe, expect, it } from 'vitest';
import { build837i } from './build-837i.ts';
import { threeInstitutionalClaims } from './build-837i.fixture.ts';
import { parseSegments } from './read-segments.ts';
import { buildTa1, envelopeRejected, interchangeVerdict } from './ta1.ts';
import { readTa1 } from './ta1-read.ts';
import { validateX12 } from './validate.ts';

const options = { controlNumber: 77, date: '2026-03-21', time: '0815', usage: 'T' } as const;
const claims = build837i(threeInstitutionalClaims).text ?? '';

/** The TA1 text answering `text`, and what its own reader and the validator make of it. */
function answer(text: string) {
  const issues = validateX12(text);
  const built = buildTa1(parseSegments(text), issues, options, { lineBreak: '\n' });
  const ta1 = built.text ?? '';
  expect(built.issues).toEqual([]);
  return { issues, ta1, read: readTa1(ta1), check: validateX12(ta1) };
}

describe('buildTa1', () => {
  it('accepts a clean interchange: TA1 alone in an ISA/IEA, sender and receiver swapped', () => {
    const { issues, ta1, read, check } = answer(claims);
    expect(envelopeRejected(issues)).toBe(false);
    expect(ta1.split('\n')).toEqual([
      'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*MEDBILL        *260321*0815*^*00501*000000077*0*T*:~',
      'TA1*000000202*260320*1405*A*000~',
      'IEA*0*000000077~',
      '',
    ]);
    expect(check).toEqual([]);
    expect(read.issues).toEqual([]);
    expect(read.acks).toMatchObject([
      {
        controlNumber: '000000202',
        date: '2026-03-20',
        time: '1405',
        status: 'A',
        note: '000',
        replyControlNumber: '000000077',
      },
    ]);
  });

  it.each([
    ['IEA02 not ISA13', (t: string) => t.replace('IEA*1*000000202', 'IEA*1*000000203'), '001'],
    ['IEA01 counting two groups', (t: string) => t.replace('IEA*1*', 'IEA*2*'), '021'],
    ['no IEA', (t: string) => t.slice(0, t.indexOf('IEA*')), '023'],
    ['an unknown usage indicator', (t: string) => t.replace('*0*T*:~', '*0*X*:~'), '020'],
    ['a segment between GE and IEA', (t: string) => t.replace('GE*1*8~', 'GE*1*8~NTE*X~'), '024'],
  ])('rejects %s with its note code', (_, spoil, note) => {
    const { issues, ta1, read, check } = answer(spoil(claims));
    expect(envelopeRejected(issues)).toBe(true);
    expect(interchangeVerdict(issues)).toMatchObject({ status: 'R', note });
    expect(ta1).toContain(`*R*${note}~`);
    expect(check).toEqual([]);
    expect(read.issues).toEqual([]);
    expect(read.acks[0]).toMatchObject({ status: 'R', note });
  });

  it('answers each interchange of a file with its own TA1', () => {
    const second = claims
      .replaceAll('000000202', '000000203')
      .replace('IEA*1*000000203', 'IEA*1*000000204');
    const { ta1, check } = answer(claims + second);
    expect(ta1).toContain('TA1*000000202*260320*1405*A*000~');
    expect(ta1).toContain('TA1*000000203*260320*1405*R*001~');
    expect(check).toEqual([]);
  });

  it('is sent to whom the caller says when the received sender is what is wrong', () => {
    const text = claims.replace('*ZZ*MEDBILL  ', '*Z!*MEDBILL  ');
    const segments = parseSegments(text);
    const issues = validateX12(text);
    expect(interchangeVerdict(issues)).toMatchObject({ status: 'R', note: '005' });
    expect(buildTa1(segments, issues, options).text).toBeUndefined();
    const to = { qualifier: 'ZZ', id: 'MEDBILL' };
    expect(buildTa1(segments, issues, { ...options, to }).text).toContain(
      '*ZZ*MEDBILL        *260321*',
    );
  });

  it('pads a short numeric ISA13 in TA101 and refuses one that is not a number', () => {
    const short = claims.replaceAll('000000202', '202      ');
    expect(buildTa1(parseSegments(short), validateX12(short), options).text).toContain(
      'TA1*000000202*',
    );
    const letters = claims.replaceAll('000000202', '00000020X');
    const refused = buildTa1(parseSegments(letters), validateX12(letters), options);
    expect(refused.text).toBeUndefined();
    expect(refused.issues.map((i) => [i.code, i.segmentId, i.element])).toEqual([
      ['invalid-control-number', 'ISA', 13],
    ]);
  });

  it('notes a warning-only envelope problem as accepted with errors (E)', () => {
    const verdict = interchangeVerdict([
      {
        severity: 'warning',
        code: 'isa-version',
        message: 'ISA12',
        segmentIndex: 1,
        segmentId: 'ISA',
        element: 12,
        ack: { ta1: '017' },
      },
    ]);
    expect(verdict).toMatchObject({ status: 'E', note: '017' });
  });
});

describe('readTa1', () => {
  it('reports each bad TA1 element, located', () => {
    const text = [
      'ISA*00*          *00*          *ZZ*A              *ZZ*B              *260321*0815*^*00501*000000077*0*T*:~',
      'TA1*12345*261340*2500*X*999~',
      'IEA*0*000000077~',
    ].join('');
    const { acks, issues } = readTa1(text);
    expect(acks).toEqual([]);
    expect(issues.map((i) => [i.code, i.segmentId, i.element])).toEqual([
      ['invalid-control-number', 'TA1', 1],
      ['invalid-date', 'TA1', 2],
      ['invalid-time', 'TA1', 3],
      ['invalid-code', 'TA1', 4],
      ['invalid-code', 'TA1', 5],
    ]);
  });

  it('reports a status that contradicts its note', () => {
    const text =
      claims.slice(0, claims.indexOf('GS*')) + 'TA1*000000001*260321*0815*A*001~IEA*0*000000202~';
    expect(readTa1(text).issues.map((i) => i.code)).toEqual(['ta1-status-note-conflict']);
  });
});

describe('validateX12 on a TA1', () => {
  const isa =
    'ISA*00*          *00*          *ZZ*A              *ZZ*B              *260321*0815*^*00501*000000077*0*T*:~';

  it('reports each bad TA1 element as readTa1 does, located by segment position', () => {
    const text = `${isa}TA1*12345*261340*2500*X*999~IEA*0*000000077~`;
    const issues = validateX12(text);
    expect(issues.map((i) => [i.code, i.segmentId, i.segmentIndex, i.element])).toEqual([
      ['invalid-control-number', 'TA1', 2, 1],
      ['invalid-date', 'TA1', 2, 2],
      ['invalid-time', 'TA1', 2, 3],
      ['invalid-code', 'TA1', 2, 4],
      ['invalid-code', 'TA1', 2, 5],
    ]);
    expect(issues).toEqual(readTa1(text).issues);
  });

  it('checks a TA1 that comes before the functional groups of an interchange', () => {
    const at = claims.indexOf('GS*');
    const withTa1 = (ta1: string) => `${claims.slice(0, at)}${ta1}${claims.slice(at)}`;
    expect(validateX12(withTa1('TA1*000000202*260321*0815*A*000~'))).toEqual([]);
    expect(
      validateX12(withTa1('TA1*000000202*260321*0815*R*000~')).map((i) => [
        i.code,
        i.segmentId,
        i.segmentIndex,
        i.element,
      ]),
    ).toEqual([['ta1-status-note-conflict', 'TA1', 2, 5]]);
  });
});
