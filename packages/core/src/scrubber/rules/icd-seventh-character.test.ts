import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { testFacts } from './code-facts.fixture.ts';
import { icdSeventhCharacter } from './icd-seventh-character.ts';

const rule = icdSeventhCharacter(testFacts);

describe('ICD-7TH-001 7th character', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['S52531', 'S52.531 needs a 7th character (defined at S52', 'S52.531A'],
    ['S0990A', 'S09.90A is missing the placeholder X', 'Report S09.90XA'],
  ])('flags %s', (code, message, fix) => {
    const [finding] = rule.check(claimWith({ diagnoses: [code] }), context);
    expect(finding?.message).toContain(message);
    expect(finding?.fix).toContain(fix);
  });
  it('passes a complete code', () =>
    expect(rule.check(claimWith({ diagnoses: ['S0990XA'] }), context)).toEqual([]));
});
