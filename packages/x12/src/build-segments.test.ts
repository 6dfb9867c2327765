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
