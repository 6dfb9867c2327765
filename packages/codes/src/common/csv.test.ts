import { describe, expect, it } from 'vitest';
import type { MedbillError } from '@medbill/core';
import { isBlankRecord, parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it.each([
    [
      'plain rows, CRLF',
      'a,b\r\n1,2\r\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'LF and no final line end',
      'a,b\n1,2',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    ['quoted comma', '"HAWAII, GUAM",1\n', [[1, ['HAWAII, GUAM', '1']]]],
    ['doubled quotes', '"say ""hi""",x\n', [[1, ['say "hi"', 'x']]]],
    [
      'a quoted field over two lines',
      '"HCPCS/\nCPT Code",MUE\nA,1\n',
      [
        [1, ['HCPCS/\nCPT Code', 'MUE']],
        [3, ['A', '1']],
      ],
    ],
    ['empty fields', ',,\n', [[1, ['', '', '']]]],
    [
      'a blank line',
      'a\n\nb\n',
      [
        [1, ['a']],
        [2, ['']],
        [3, ['b']],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(parseCsv(text, 'x.csv').map((r) => [r.line, r.fields])).toEqual(expected);
  });

  it.each([
    ['a quote left open', 'a,"b\nc\n', 'x.csv:1 expected a closing quote'],
    [
      'text after a closing quote',
      '"a"b,c\n',
      'x.csv:1 expected a comma or line end after a closing quote, got "b"',
    ],
  ])('locates %s', (_label, text, expected) => {
    try {
      parseCsv(text, 'x.csv');
      expect.unreachable();
    } catch (error) {
      const problem = (error as MedbillError).problems[0];
      expect(`${problem?.path} ${problem?.message}`).toBe(expected);
    }
  });

  it('tells blank records', () => {
    expect(parseCsv(', ,\na,\n', 'x.csv').map(isBlankRecord)).toEqual([true, false]);
  });
});
