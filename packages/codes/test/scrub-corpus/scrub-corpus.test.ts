import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_DATA_RULES, codeSetRules, scrubClaim } from '@medbill/core';
import type { ScrubRule } from '@medbill/core';
import { codesetsPath } from '../../src/common/codesets-dir.ts';
import { codeFactsFrom } from '../../src/facts/code-facts-adapter.ts';
import { importCodeSets, readSourceFiles } from '../../src/index.ts';
import type { CodeSets } from '../../src/index.ts';
import { CLEAN_CLAIMS, PLANTED_DEFECTS } from './corpus.ts';
import { corpusContext } from './corpus-builder.ts';
import { sampledDefects } from './sampled-defects.ts';

/** No real PTP file could be obtained; the NCCI fixture's pairs stand in (ncci/fixtures/README.md). */
const PTP_FIXTURE = join(import.meta.dirname, '../../src/ncci/fixtures/ccipra-v321r0-f1.txt');

let rules: readonly ScrubRule[] = [];
let sets: CodeSets = {};

beforeAll(async () => {
  const files = [
    ...(await readSourceFiles(codesetsPath())),
    ...(await readSourceFiles(PTP_FIXTURE)),
  ];
  sets = (await importCodeSets(files)).codeSets;
  rules = [...CLAIM_DATA_RULES, ...codeSetRules(codeFactsFrom(sets))];
}, 120_000);

describe('scrubber defect corpus (official code sets)', () => {
  it.each(PLANTED_DEFECTS.map((d) => [d.expect, d.fact, d] as const))(
    '%s finds %s',
    (expected, _fact, defect) => {
      const issues = scrubClaim(defect.claim, defect.context ?? corpusContext, rules);
      expect(issues.map((i) => i.ruleId)).toContain(expected);
      const found = issues.find((i) => i.ruleId === expected);
      expect(found?.message.length).toBeGreaterThan(20);
      const collateral = issues.filter(
        (i) =>
          i.severity !== 'warn' && i.ruleId !== expected && !defect.alsoFlags?.includes(i.ruleId),
      );
      expect(collateral.map((i) => `${i.ruleId}: ${i.message}`)).toEqual([]);
    },
  );

  it('plants at least one defect for every code-set rule', () => {
    const planted = new Set(PLANTED_DEFECTS.map((d) => d.expect));
    const ids = rules.slice(CLAIM_DATA_RULES.length).map((r) => r.id);
    expect(ids.filter((id) => !planted.has(id))).toEqual([]);
  });

  it.each(CLEAN_CLAIMS.map((c) => [c.name, c] as const))('%s is clean', (_name, clean) => {
    const issues = scrubClaim(clean.claim, clean.context ?? corpusContext, rules);
    expect(
      issues.filter((i) => i.severity !== 'warn').map((i) => `${i.ruleId}: ${i.message}`),
    ).toEqual([]);
  });
});

describe('defects sampled from the official tables', () => {
  // Only detection is asserted: a sampled code may trip other rules too (a deleted code that an
  // Excludes1 note also names); the hand-made corpus above checks that nothing else fires.
  it('finds every one with the right rule', () => {
    const cases = sampledDefects(sets);
    expect(cases.length).toBeGreaterThan(200);
    const missed = cases.filter(
      ([rule, , claim]) => !scrubClaim(claim, corpusContext, rules).some((i) => i.ruleId === rule),
    );
    expect(missed.map(([rule, fact]) => `${rule}: ${fact}`)).toEqual([]);
  });
});
