import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import {
  inpatientClaim,
  institutionalWith,
  outpatientClaim,
} from '../institutional-claim.fixture.ts';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { institutionalStatementPeriod } from './institutional-statement-period.ts';

const check = (claim: Parameters<typeof institutionalStatementPeriod.check>[0]) =>
  institutionalStatementPeriod.check(claim, context);

describe('INST-DATE-001 statement covers period', () => {
  it('passes clean inpatient and outpatient claims, and professional ones', () => {
    expect(check(inpatientClaim)).toEqual([]);
    expect(check(outpatientClaim)).toEqual([]);
    expect(check(cleanClaim)).toEqual([]);
  });
  it('needs the period', () =>
    expect(check(institutionalWith(inpatientClaim, { statementTo: undefined }))).toMatchObject([
      { field: 'institutional.statementFrom' },
    ]));
  it('refuses a period that ends before it starts', () =>
    expect(
      check(institutionalWith(inpatientClaim, { statementTo: isoDate('2026-02-28') })),
    ).toMatchObject([{ field: 'institutional.statementTo' }]));
  it('refuses an admission after the period starts', () =>
    expect(
      check(institutionalWith(inpatientClaim, { admissionDate: isoDate('2026-03-02') }))[0]
        ?.message,
    ).toContain('admission date 2026-03-02 is after'));
  it('locates a line dated outside the period', () => {
    const lines = outpatientClaim.institutional!.lines.map((l, i) =>
      i === 1 ? { ...l, serviceDate: isoDate('2026-03-07') } : l,
    );
    expect(check(institutionalWith(outpatientClaim, { lines }))).toMatchObject([
      { location: { scope: 'line', line: 2 }, field: 'serviceDate' },
    ]);
  });
  it('refuses a procedure after discharge', () =>
    expect(
      check(
        institutionalWith(inpatientClaim, {
          procedures: [{ code: '5A09357', principal: true, date: isoDate('2026-03-05') }],
        }),
      )[0]?.message,
    ).toContain('5A09357'));
});
