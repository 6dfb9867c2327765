import { describe, expect, it } from 'vitest';
import { MedbillError } from '@medbill/core';
import { unwrap } from '../source-files.ts';
import { ANWEB_TEXT_LAYOUT } from './anweb-text.ts';
import { importHcpcs } from './import-hcpcs.ts';

type Field = keyof typeof ANWEB_TEXT_LAYOUT;

/** Builds one 320-character record by placing each field at its record-layout position. */
function record(fields: Partial<Record<Field, string>>): string {
  const chars = Array.from({ length: 320 }, () => ' ');
  for (const [name, value] of Object.entries(fields)) {
    const [first] = ANWEB_TEXT_LAYOUT[name as Field];
    for (let i = 0; i < value.length; i += 1) chars[first - 1 + i] = value[i] ?? ' ';
  }
  return chars.join('');
}

const J1100 = record({
  code: 'J1100',
  sequence: '00100',
  ric: '3',
  longDescription: 'Injection, dexamethasone sodium phosphate, 1 mg',
  shortDescription: 'Dexamethasone sodium phos',
  pricingIndicators: '51',
  coverage: 'D',
  betos: 'O1E',
  typesOfService: '1P',
  addDate: '19820101',
  actionEffectiveDate: '20010101',
  actionCode: 'N',
});
const G2211 = [
  record({
    code: 'G2211',
    sequence: '00100',
    ric: '3',
    longDescription:
      'Visit complexity inherent to evaluation and management associated with medical',
    shortDescription: 'Complex e/m visit add on',
    pricingIndicators: '00',
    coverage: 'C',
    addDate: '20210101',
    actionCode: 'C',
  }),
  record({ code: 'G2211', sequence: '00200', ric: '4', longDescription: 'care services' }),
];
const RT = record({
  code: '   RT',
  sequence: '00100',
  ric: '7',
  longDescription: 'Right side',
  shortDescription: 'Right side',
  addDate: '19840101',
  actionCode: 'N',
});

function file(lines: string[], name = 'HCPC2026_APR_ANWEB.txt') {
  return unwrap(name, new TextEncoder().encode(lines.join('\r\n') + '\r\n'));
}

async function problemsOf(lines: string[]): Promise<string[]> {
  try {
    await importHcpcs(file(lines));
  } catch (error) {
    if (error instanceof MedbillError) return error.problems.map((p) => `${p.path} ${p.message}`);
    throw error;
  }
  return [];
}

describe('readAnwebText through importHcpcs', () => {
  it('reads fields at their record-layout positions and joins continuations', async () => {
    const release = await importHcpcs(file([J1100, ...G2211, RT]));
    expect(release.codes.get('J1100')).toMatchObject({
      pricingIndicators: ['51'],
      coverage: 'D',
      betos: 'O1E',
      typesOfService: ['1', 'P'],
      addDate: '1982-01-01',
      actionEffectiveDate: '2001-01-01',
      actionCode: 'N',
    });
    expect(release.codes.get('G2211')?.longDescription).toBe(
      'Visit complexity inherent to evaluation and management associated with medical care services',
    );
    expect(release.modifiers.get('RT')?.longDescription).toBe('Right side');
  });

  it.each([
    [
      'a bad termination date',
      [J1100.slice(0, 284) + '20251340' + J1100.slice(292)],
      [
        'HCPC2026_APR_ANWEB.txt:1:HCPCS Termination Date expected a date as YYYYMMDD, got "20251340"',
      ],
    ],
    [
      'a continuation with no first line',
      [J1100, G2211[1] ?? ''],
      [
        'HCPC2026_APR_ANWEB.txt:2:HCPCS Record Identification Code expected a continuation of G2211 right after its RIC 3 record, got "4"',
      ],
    ],
    [
      'an unknown record identification code',
      [J1100, RT.slice(0, 10) + '5' + RT.slice(11)],
      [
        'HCPC2026_APR_ANWEB.txt:2:HCPCS Record Identification Code expected record identification code 3, 4, 7 or 8, got "5"',
      ],
    ],
    [
      'a truncated record',
      [J1100, J1100.slice(0, 200)],
      [expect.stringMatching(/^HCPC2026_APR_ANWEB\.txt:2 expected a 320-character HCPCS record/)],
    ],
    [
      'a code listed twice and an unknown action code',
      [J1100, J1100.slice(0, 292) + 'Q' + J1100.slice(293)],
      [
        'HCPC2026_APR_ANWEB.txt:2:HCPCS Action Code expected an action code A, B, C, D, F, N, P, R, S or T, got "Q"',
        'HCPC2026_APR_ANWEB.txt:2:HCPCS Code expected one record for J1100, got "a second"',
      ],
    ],
  ])('locates %s', async (_label, lines, expected) => {
    expect((await problemsOf(lines)).sort()).toEqual(expected);
  });

  it('refuses a file whose name does not say its release, unless told', async () => {
    const files = file([J1100], 'hcpcs.txt');
    await expect(importHcpcs(files)).rejects.toThrow(/HCPCS record file named like/);
  });
});
