import { describe, expect, it } from 'vitest';
import {
  formatIcd10cm,
  parseIcd10cm,
  parseModifier,
  parsePlaceOfService,
  parseProcedureCode,
  parseRevenueCode,
  parseTaxonomy,
} from './code-shapes.ts';
import type { ParseResult } from './parse-result.ts';

function expectRefusal<T>(result: ParseResult<T>, message: string): void {
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : result.error).toContain(message);
}

describe('parseIcd10cm and formatIcd10cm', () => {
  it.each([
    ['E11.22', 'E1122', 'E11.22'],
    ['e1122', 'E1122', 'E11.22'],
    ['S52.531A', 'S52531A', 'S52.531A'],
    ['Z3A.20', 'Z3A20', 'Z3A.20'],
    ['U07.1', 'U071', 'U07.1'],
    ['I10', 'I10', 'I10'],
    ['i10', 'I10', 'I10'],
    ['T38.3X5A', 'T383X5A', 'T38.3X5A'],
    ['M54.50', 'M5450', 'M54.50'],
    [' F41.1 ', 'F411', 'F41.1'],
  ])('reads %j as %s and shows it as %s', (text, code, shown) => {
    expect(parseIcd10cm(text)).toEqual({ ok: true, value: code });
    expect(formatIcd10cm(code)).toBe(shown);
  });

  it.each([
    ['E1.122', 'the dot of an ICD-10-CM code after the third character'],
    ['E112.2', 'the dot'],
    ['E11.', 'expected an ICD-10-CM code like E11.22'],
    ['E11..22', 'expected an ICD-10-CM code like E11.22'],
    ['E11.22345', 'expected an ICD-10-CM code like E11.22'],
    ['E1', 'expected an ICD-10-CM code like E11.22'],
    ['1E11', 'expected an ICD-10-CM code like E11.22'],
    ['EE11', 'expected an ICD-10-CM code like E11.22'],
    ['S52531AB', 'expected an ICD-10-CM code like E11.22'],
    ['E11-22', 'expected an ICD-10-CM code like E11.22'],
    ['250.00', 'which starts with a letter, like E11.22; "250.00" looks like an ICD-9 code'],
    ['401.9', 'looks like an ICD-9 code'],
    ['', 'got nothing'],
  ])('refuses %j', (text, message) => {
    expectRefusal(parseIcd10cm(text), message);
  });

  it('leaves text that is not a code unchanged when formatting', () => {
    expect(formatIcd10cm('250.00')).toBe('250.00');
  });
});

describe('parseProcedureCode', () => {
  it.each([
    ['99213', 'cpt', '99213'],
    ['00100', 'cpt', '00100'],
    ['3044F', 'cpt', '3044F'],
    ['0042T', 'cpt', '0042T'],
    ['0001U', 'cpt', '0001U'],
    ['3044f', 'cpt', '3044F'],
    ['G0439', 'hcpcs', 'G0439'],
    ['j3301', 'hcpcs', 'J3301'],
    ['A0425', 'hcpcs', 'A0425'],
    ['V2020', 'hcpcs', 'V2020'],
    [' 97110 ', 'cpt', '97110'],
  ])('reads %j as %s %s', (text, system, code) => {
    expect(parseProcedureCode(text)).toEqual({ ok: true, value: { system, code } });
  });

  it.each([['9921'], ['992131'], ['W1234'], ['G043'], ['3044X'], ['99213-25'], ['']])(
    'refuses %j',
    (text) => {
      expectRefusal(parseProcedureCode(text), 'expected a CPT code like 99213 or a HCPCS code');
    },
  );
});

describe('parseModifier', () => {
  it.each([
    ['25', '25'],
    ['lt', 'LT'],
    ['GT', 'GT'],
    ['59', '59'],
    [' xu ', 'XU'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseModifier(text)).toEqual({ ok: true, value: expected });
  });

  it.each([['5'], ['255'], ['-25'], ['']])('refuses %j', (text) => {
    expectRefusal(parseModifier(text), 'expected a two-character modifier');
  });
});

describe('parsePlaceOfService', () => {
  it.each([['11'], ['02'], ['10'], ['21'], ['23'], ['99']])('reads %j', (text) => {
    expect(parsePlaceOfService(text)).toEqual({ ok: true, value: text });
  });

  it.each([['00'], ['1'], ['110'], ['O1'], ['']])('refuses %j', (text) => {
    expectRefusal(parsePlaceOfService(text), 'expected a two-digit place of service code');
  });
});

describe('parseTaxonomy', () => {
  it.each([
    ['207Q00000X', '207Q00000X'],
    ['2084N0400X', '2084N0400X'],
    ['207RC0000X', '207RC0000X'],
    ['363lf0000x', '363LF0000X'],
    ['261QM1300X', '261QM1300X'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseTaxonomy(text)).toEqual({ ok: true, value: expected });
  });

  it.each([['207Q00000'], ['207Q000000'], ['Q207000000X'], ['207Q0000X'], ['']])(
    'refuses %j',
    (text) => {
      expectRefusal(parseTaxonomy(text), 'expected a 10-character taxonomy code');
    },
  );
});

describe('parseRevenueCode', () => {
  it.each([
    ['0450', '0450'],
    ['450', '0450'],
    ['0300', '0300'],
    ['1001', '1001'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseRevenueCode(text)).toEqual({ ok: true, value: expected });
  });

  it.each([['45'], ['04500'], ['045A'], ['']])('refuses %j', (text) => {
    expectRefusal(parseRevenueCode(text), 'expected a four-digit revenue code');
  });
});
