import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { scrubClaim } from '../scrub.ts';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import type { ScrubLine } from '../scrub-claim.ts';
import { compilePayerRules } from './compile-payer-rules.ts';
import { parsePayerRuleSet } from './payer-rule-set.ts';

const yamlText = `
payerId: "06102"
name: Medicare Part B (IL)
rules:
  - id: MCR-AUTH-001
    kind: prior-authorization
    codes: ["70551-70553", "72148"]
    reference: Prior authorization demonstration
  - id: MCR-MOD-001
    kind: required-modifier
    codes: ["97110", "97140"]
    anyOf: [GP, GO, GN]
  - id: MCR-TELE-001
    kind: telehealth
    placesOfService: ["02", "10"]
    anyOfModifiers: ["95", "93"]
    severity: warn
  - id: MCR-FREQ-001
    kind: frequency-limit
    codes: [G0439]
    maxUnits: 1
    per: calendar-year
  - id: MCR-NC-001
    kind: not-covered
    codes: ["99385-99387"]
    message: Medicare does not pay preventive visit {code}; bill G0438/G0439 or the patient.
`;

const parsed = parsePayerRuleSet('medicare.yaml', yamlText);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const rules = compilePayerRules(parsed.value);
const lineOf = (code: string, change: Partial<ScrubLine> = {}): ScrubLine => ({
  ...cleanClaim.lines[1]!,
  procedure: { system: code.startsWith('G') ? 'hcpcs' : 'cpt', code },
  ...change,
});
const run = (change: Parameters<typeof claimWith>[0], ctx = context) =>
  scrubClaim(claimWith(change), ctx, rules).map((i) => [i.ruleId, i.severity, i.message]);

describe('payer rules declared as data', () => {
  it('leave a compliant claim alone', () => expect(run({})).toEqual([]));

  it('require prior authorization for codes in a range, unless the claim has one', () => {
    expect(run({ lines: [lineOf('70552')] })).toEqual([
      [
        'MCR-AUTH-001',
        'deny',
        'Medicare Part B (IL) requires prior authorization for 70552; the claim carries none.',
      ],
    ]);
    expect(run({ lines: [lineOf('70552')], priorAuthorization: 'A12345' })).toEqual([]);
    expect(run({ lines: [lineOf('70554')] })).toEqual([]);
  });

  it('require one of the therapy modifiers', () => {
    expect(run({ lines: [lineOf('97110')] })[0]?.[0]).toBe('MCR-MOD-001');
    expect(run({ lines: [lineOf('97110', { modifiers: ['GP'] })] })).toEqual([]);
  });

  it('check telehealth modifiers by place of service', () => {
    expect(run({ placeOfService: '10', lines: [lineOf('99213')] })).toEqual([
      ['MCR-TELE-001', 'warn', expect.stringContaining('POS 10')],
    ]);
    expect(run({ placeOfService: '10', lines: [lineOf('99213', { modifiers: ['95'] })] })).toEqual(
      [],
    );
  });

  it('limit frequency per calendar year, counting claims on file', () => {
    const awv = lineOf('G0439');
    const onFile = {
      claimNumber: 'OLD',
      patientAccountNumber: 'A100001',
      lines: [{ serviceDate: isoDate('2026-01-15'), procedureCode: 'G0439', modifiers: [] }],
    };
    expect(run({ lines: [awv] })).toEqual([]);
    expect(run({ lines: [awv] }, { ...context, claimsOnFile: [onFile] })[0]?.[2]).toContain(
      'allows 1 of G0439 per calendar year; this makes 2',
    );
    const lastYear = {
      ...onFile,
      lines: [{ ...onFile.lines[0]!, serviceDate: isoDate('2025-12-31') }],
    };
    expect(run({ lines: [awv] }, { ...context, claimsOnFile: [lastYear] })).toEqual([]);
  });

  it('use the declared message with the code filled in', () =>
    expect(run({ lines: [lineOf('99386')] })[0]?.[2]).toBe(
      'Medicare does not pay preventive visit 99386; bill G0438/G0439 or the patient.',
    ));

  it('apply only to claims sent to that payer', () =>
    expect(
      run({ lines: [lineOf('70552')], payer: { ...cleanClaim.payer, payerId: '60054' } }),
    ).toEqual([]));
});

describe('parsePayerRuleSet', () => {
  it.each([
    ['payerId: "1"\nname: X', 'medicare.yaml: payerId'],
    [
      'payerId: "06102"\nname: X\nrules:\n  - id: A-1\n    kind: prior-authorization\n    codes: ["7055"]',
      'medicare.yaml: rules.0.codes.0',
    ],
    [
      'payerId: "06102"\nname: X\nrules:\n  - id: A-1\n    kind: teleport',
      'medicare.yaml: rules.0.kind',
    ],
    [
      'payerId: "06102"\nname: X\nrules:\n  - {id: A-1, kind: not-covered, codes: ["99999"]}\n  - {id: A-1, kind: not-covered, codes: ["99998"]}',
      'medicare.yaml: rules',
    ],
    ['payerId: [unclosed', 'medicare.yaml'],
  ])('locates the problem in %j', (text, path) => {
    const result = parsePayerRuleSet('medicare.yaml', text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe(path);
  });

  it('reads JSON as well', () => {
    expect(
      parsePayerRuleSet(
        'aetna.json',
        JSON.stringify({ payerId: '60054', name: 'Aetna', rules: [] }),
      ).ok,
    ).toBe(true);
  });
});
