import { describe, expect, it } from 'vitest';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { claimWithLines, procedureLine, testFacts } from './code-facts.fixture.ts';
import { procedureValid } from './procedure-valid.ts';

const rule = procedureValid(testFacts);

describe('PROC-VALID-001 procedure valid on the DOS', () => {
  it('passes the clean claim', () => expect(rule.check(cleanClaim, context)).toEqual([]));
  it.each([
    ['A4397', 'A4397 was terminated on 2021-12-31', undefined],
    ['99999', 'CPT 99999 is in neither the fee schedule', 'warn'],
  ])('flags %s', (code, message, severity) => {
    const [finding] = rule.check(claimWithLines(procedureLine(code)), context);
    expect(finding?.message).toContain(message);
    expect(finding?.severity).toBe(severity);
    expect(finding?.location).toEqual({ scope: 'line', line: 1 });
  });
});
