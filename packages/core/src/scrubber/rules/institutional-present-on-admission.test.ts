import { describe, expect, it } from 'vitest';
import type { CodeFacts, DiagnosisFacts } from '../code-facts.ts';
import {
  inpatientClaim,
  institutionalWith,
  outpatientClaim,
} from '../institutional-claim.fixture.ts';
import { context } from '../scrub-claim.fixture.ts';
import { institutionalPresentOnAdmission } from './institutional-present-on-admission.ts';

/** Z codes of the kind on CMS's POA-exempt list (Z99.11 dependence on respirator is not). */
function factsWith(exempt: ReadonlySet<string> | undefined): CodeFacts {
  return {
    diagnosis: (code): DiagnosisFacts => ({
      code,
      status: 'billable',
      billableChildren: [],
      replacements: [],
      ...(exempt ? { poaExempt: exempt.has(code) } : {}),
    }),
  } as Partial<CodeFacts> as CodeFacts;
}

const rule = institutionalPresentOnAdmission(factsWith(new Set(['Z8249'])));
const poa = (diagnoses: string[], presentOnAdmission: (string | undefined)[]) =>
  rule.check({ ...institutionalWith(inpatientClaim, { presentOnAdmission }), diagnoses }, context);

describe('INST-POA-001 present on admission', () => {
  it('passes indicators on every diagnosis', () =>
    expect(rule.check(inpatientClaim, context)).toEqual([]));
  it('needs an indicator on a code not exempt', () => {
    const findings = poa(['J189', 'I10'], ['Y', undefined]);
    expect(findings.map((f) => f.field)).toEqual(['diagnoses.2']);
    expect(findings[0]?.message).toContain('I10');
  });
  it('accepts a blank indicator on an exempt code', () =>
    expect(poa(['J189', 'Z8249'], ['Y', undefined])).toEqual([]));
  it('refuses the 4010 exempt value 1 and unknown values', () =>
    expect(poa(['J189', 'Z8249', 'I10'], ['Y', '1', 'X']).map((f) => f.fix)).toEqual([
      expect.stringContaining('4010'),
      expect.stringContaining('Y (present)'),
    ]));
  it('only warns when no exempt list is loaded', () =>
    expect(
      institutionalPresentOnAdmission(factsWith(undefined)).check(
        { ...institutionalWith(inpatientClaim, { presentOnAdmission: [] }), diagnoses: ['J189'] },
        context,
      ),
    ).toMatchObject([{ severity: 'warn' }]));
  it('does not require indicators on outpatient bills', () =>
    expect(rule.check(outpatientClaim, context)).toEqual([]));
});
