import { describe, expect, it } from 'vitest';
import { SetBuilder, type Field } from './build-segments.ts';
import { defaultDelimiters } from './delimiters.ts';

describe('SetBuilder.add', () => {
  it.each<[readonly Field[], string]>([
    [['A', 'B'], 'X*A*B~'],
    [['A', '', 'B'], 'X*A**B~'],
    [['', '', 'B'], 'X***B~'],
    [['A', '', ''], 'X*A~'],
    [[], 'X~'],
    [['', ''], 'X~'],
    [[['HC', '99213', '25']], 'X*HC:99213:25~'],
    [[['HC', '99213', '', '']], 'X*HC:99213~'],
    [[['', 'B'], 'C'], 'X*:B*C~'],
    [[['A', '', 'C']], 'X*A::C~'],
    [['A', ['', '']], 'X*A~'],
  ])('%j → %s', (fields, text) => {
    const b = new SetBuilder(defaultDelimiters);
    b.add('X', fields);
    expect(b.text()).toBe(text);
    expect(b.issues).toEqual([]);
  });

  it.each([
    ['A*B', true],
    ['A:B', true],
    ['A^B', true],
    ['A~B', true],
    ['A\nB', true],
    ['A\u0000B', true],
    ['A\u007fB', true],
    ['Zoë Ñandú', false],
    ['O-Brien & Co. #2 (50%)', false],
  ])('refuses %j: %s', (value, refused) => {
    const b = new SetBuilder(defaultDelimiters);
    b.add('NM1', [value]);
    expect(b.issues.map((i) => i.code)).toEqual(refused ? ['delimiter-in-data'] : []);
  });

  it('refuses the delimiters it was given, not the default ones', () => {
    const b = new SetBuilder({
      element: '|',
      repetition: undefined,
      component: '>',
      segment: '\u00a7',
    });
    b.add('NM1', ['A*B:C~D', 'E\u00a7F', 'G>H']);
    expect(b.issues.map((i) => i.element)).toEqual([2, 3]);
  });

  it('keeps segments in order and counted across its internal batches', () => {
    const b = new SetBuilder(defaultDelimiters, '\n');
    const expected: string[] = [];
    for (let n = 1; n <= 1000; n += 1) {
      expect(b.nextTxIndex).toBe(n);
      b.add('LX', [String(n)]);
      expected.push(`LX*${n}~\n`);
    }
    expect(b.text()).toBe(expected.join(''));
    b.add('SE', ['1001', '0001']);
    expect(b.text()).toBe(`${expected.join('')}SE*1001*0001~\n`);
  });

  it('locates a delimiter at its element and component, with the loop and context', () => {
    const b = new SetBuilder(defaultDelimiters, '\n');
    b.add('ST', ['837', '0001']);
    b.loop = '2300';
    b.context = 'claim A: ';
    b.add('SV1', [['HC', '99~13'], '1']);
    expect(b.text()).toBe('ST*837*0001~\nSV1*HC:99~13*1~\n');
    expect(b.issues).toEqual([
      {
        severity: 'error',
        code: 'delimiter-in-data',
        message: 'claim A: SV101-2 "99~13" holds a delimiter or control character',
        segmentIndex: 4,
        segmentId: 'SV1',
        txSegmentIndex: 2,
        element: 1,
        component: 2,
        loop: '2300',
        ack: { ik3: '8', ik4: '6' },
      },
    ]);
  });
});
