import { beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '@medbill/core';
import type { CodeFacts } from '@medbill/core';
import { codesetsPath } from '../common/codesets-dir.ts';
import { importCodeSets } from '../load/import-code-sets.ts';
import { readSourceFiles } from '../source-files.ts';
import { codeFactsFrom } from './code-facts-adapter.ts';

const dos = isoDate('2026-04-15');
let facts: CodeFacts;

beforeAll(async () => {
  const { codeSets } = await importCodeSets(await readSourceFiles(codesetsPath()));
  facts = codeFactsFrom(codeSets);
}, 120_000);

describe('codeFactsFrom over the official files', () => {
  it.each([
    ['I10', 'billable', undefined],
    ['E11', 'header', undefined],
    ['S301XXA', 'deleted', undefined],
    ['M1710', 'billable', 'laterality'],
    ['R079', 'billable', 'code'],
    ['E1199', 'unknown-code', undefined],
  ])('diagnosis %s is %s', (code, status, unspecified) => {
    const f = facts.diagnosis(code, dos);
    expect(f.status).toBe(status);
    expect(f.unspecified).toBe(unspecified);
  });

  it('knows the POA-exempt codes of the fiscal year, and says nothing for a year without a list', () => {
    expect(facts.diagnosis('Z9911', dos).poaExempt).toBe(true);
    expect(facts.diagnosis('I10', dos).poaExempt).toBe(false);
    expect(facts.diagnosis('I10', isoDate('2025-04-15')).poaExempt).toBeUndefined();
  });

  it.each([
    ['0DTJ4ZZ', '2026-04-15', 'valid'],
    ['0DT', '2026-04-15', 'header'],
    ['X2A5312', '2025-09-30', 'valid'],
    ['X2A5312', '2025-10-01', 'deleted'],
    ['0DTJ4Z', '2026-04-15', 'unknown-code'],
  ])('ICD-10-PCS %s on %s is %s', (code, date, status) =>
    expect(facts.inpatientProcedure(code, isoDate(date)).status).toBe(status),
  );

  it('names the billable children of a header and the successors of a deleted code', () => {
    expect(facts.diagnosis('E11', dos).billableChildren.slice(0, 2)).toEqual(['E1100', 'E1101']);
    expect(facts.diagnosis('S301XXA', dos).replacements).toEqual(['S3011XA', 'S3012XA', 'S3013XA']);
  });

  it.each([
    ['S52531', 'S52', undefined],
    ['S0990A', 'S09', 'S0990XA'],
    ['T7840A', 'T78', 'T7840XA'],
  ])('7th character of %s: defined at %s, placeholder fix %s', (code, definedAt, fix) => {
    const seventh = facts.diagnosis(code, dos).seventhCharacter;
    expect(seventh?.definedAt).toBe(definedAt);
    expect(seventh?.placeholderFix).toBe(fix);
  });

  it('reads Excludes1, sequencing and age/sex from the Tabular', () => {
    expect(facts.excludes1('E119', 'E109')[0]?.noteAt).toBe('E11');
    expect(facts.sequencing(['F0280', 'G309'], dos).map((s) => s.kind)).toEqual([
      'manifestation-first',
      'etiology-after',
    ]);
    expect(facts.ageSex('N400', { age: 60, sex: 'F' }, dos)[0]?.kind).toBe('sex');
  });

  it.each([
    [{ system: 'cpt', code: '20610' } as const, 'valid', '000'],
    [{ system: 'cpt', code: '80053' } as const, 'valid', 'XXX'],
    [{ system: 'cpt', code: '99999' } as const, 'unknown', undefined],
    [{ system: 'hcpcs', code: 'A4397' } as const, 'terminated', undefined],
    [{ system: 'hcpcs', code: 'G0439' } as const, 'valid', 'XXX'],
  ])('procedure %o is %s, global %s', (procedure, status, global) => {
    const f = facts.procedure(procedure, dos);
    expect(f.status).toBe(status);
    expect(f.fee?.globalDays).toBe(global);
  });

  it('knows modifiers, MUEs, add-ons and places of service', () => {
    expect(facts.modifier('25', dos).status).toBe('valid');
    expect(facts.modifier('XS', dos).status).toBe('valid');
    expect(facts.modifier('ZZ', dos).status).toBe('unknown');
    expect(facts.mue('11102', dos)).toMatchObject({ value: 1, indicator: 2 });
    expect(facts.addOn('11103', dos)?.primaries).toContain('11102');
    expect(facts.addOn('99213', dos)).toBeUndefined();
    expect(facts.placeOfService('11', dos)).toEqual({ status: 'valid', name: 'Office' });
    expect(facts.placeOfService('98', dos).status).toBe('unknown');
  });

  it('answers no-release where no table covers the date', () => {
    expect(facts.ptp('93000', '93005', dos).status).toBe('no-release');
    expect(facts.mue('11102', isoDate('2026-03-02'))).toBeUndefined();
  });
});
