import type { ScrubClaim } from '@medbill/core';
import { codeFactsFrom } from '../../src/facts/code-facts-adapter.ts';
import type { CodeSets } from '../../src/index.ts';
import { DOS, male, visit } from './corpus-builder.ts';

const everyNth = <T>(items: readonly T[], n: number): T[] => items.filter((_, i) => i % n === 0);

/**
 * Planted defects sampled from the official tables themselves (every n-th row, so the sample is
 * the same on every run): MUE values, add-on codes, 7th-character codes, sex-specific Tabular
 * sections, codes deleted in FY2026 and headers, each as [rule ID, fact, claim].
 */
export function sampledDefects(sets: CodeSets): [string, string, ScrubClaim][] {
  const icd = sets.icd10cm;
  const mue = sets.ncci?.mue.at(-1);
  const aoc = sets.ncci?.aoc.at(-1);
  if (!icd || !mue || !aoc) throw new Error('code sets missing');
  const data = icd.codes.data;
  const fy2026 = icd.codes.releaseOn(DOS) ?? -1;
  const fy2025 = fy2026 - 1;
  const billable = (r: number) => data.codes.filter((_, i) => data.status[r]?.[i] === 2);
  const current = billable(fy2026);
  const currentSet = new Set(current);
  const cases: [string, string, ScrubClaim][] = [];
  for (const m of everyNth(
    [...mue.edits.values()].filter((m) => m.value > 0 && m.value < 50),
    150,
  )) {
    cases.push([
      'NCCI-MUE-001',
      `${m.code} MUE ${m.value} MAI ${m.indicator}`,
      visit(['I10'], [{ code: m.code, units: m.value + 1 }]),
    ]);
  }
  const addOns = [...aoc.byAddOn.entries()].filter(([, edits]) =>
    edits.every((e) => e.type === 1 && e.deletedOn === undefined),
  );
  for (const [code] of everyNth(addOns, 15)) {
    cases.push(['NCCI-AOC-001', `${code} add-on alone`, visit(['I10'], ['99213', code])]);
  }
  for (const code of everyNth(
    current.filter((c) => /^[ST]/.test(c) && c.length === 7),
    400,
  )) {
    cases.push([
      'ICD-7TH-001',
      `${code} without its 7th character`,
      visit(['I10', code.slice(0, 6)], ['99213']),
    ]);
  }
  for (const code of everyNth(
    current.filter((c) => c >= 'N40' && c < 'N54'),
    6,
  )) {
    cases.push(['ICD-SEX-001', `${code} on a woman`, visit(['I10', code], ['99213'])]);
  }
  for (const code of everyNth(
    current.filter((c) => c >= 'N80' && c < 'N99'),
    25,
  )) {
    cases.push(['ICD-SEX-001', `${code} on a man`, visit(['I10', code], ['99213'], male)]);
  }
  const deleted = billable(fy2025).filter((c) => !currentSet.has(c) && !/^[ST]/.test(c));
  for (const code of everyNth(deleted, 8)) {
    cases.push(['ICD-VALID-001', `${code} deleted in FY2026`, visit(['I10', code], ['99213'])]);
  }
  const headers = data.codes.filter((_, i) => data.status[fy2026]?.[i] === 1);
  const facts = codeFactsFrom(sets);
  for (const code of everyNth(headers, 600)) {
    // A header whose category defines 7th characters (O36, V–Y) lacks its 7th character.
    const seventh = facts.diagnosis(code, DOS).seventhCharacter !== undefined;
    cases.push([
      seventh ? 'ICD-7TH-001' : 'ICD-VALID-001',
      `${code} is a header`,
      visit(['I10', code], ['99213']),
    ]);
  }
  return cases;
}
