import { dateOrRange } from './build-transaction.ts';
import type { Claim837i, ServiceLine837i } from './build-837i-input.ts';
import { writeLineAdjudication } from './build-837p-cob.ts';
import type { SetBuilder } from './build-segments.ts';
import { amount, code, pattern, quantity, text, type Checked } from './build-values.ts';

/** At most 999 service lines per institutional claim (TR3 X223A2 2400). */
export const maxInstitutionalLines = 999;

const revenueCode = (value: string) =>
  value.trim() === '0001'
    ? {
        flaw: true as const,
        code: 'invalid-revenue-code',
        message: 'revenue code 0001 (total charges) is not a line; CLM02 carries the total',
      }
    : pattern(value, /^\d{4}$/, 'revenue code', 'a four-digit NUBC revenue code');

/**
 * 2400 of an institutional claim (005010X223A2): LX, SV2 (revenue code, HC:code:modifiers when
 * given, charge, UN/DA, units, non-covered charge), DTP*472 (D8 or RD8), REF*6R, and a 2430 per
 * earlier payer with SVD04 the revenue code. `inpatient` decides the DTP*472 rule: required on
 * every outpatient line, not sent on inpatient claims.
 */
export function writeInstitutionalLine(
  b: SetBuilder,
  claim: Claim837i,
  line: ServiceLine837i,
  index: number,
  inpatient: boolean,
): void {
  b.loop = '2400';
  if (index === maxInstitutionalLines) {
    b.flag(
      'LX',
      'too-many-lines',
      `a claim has at most ${maxInstitutionalLines} service lines; this one has ${claim.lines.length}`,
      1,
    );
  }
  b.add('LX', [String(index + 1)]);
  const modifiers = line.modifiers ?? [];
  if (modifiers.length > 4)
    b.flag('SV2', 'too-many-modifiers', 'a procedure has at most four modifiers', 2, 7);
  if (modifiers.length > 0 && line.procedureCode === undefined)
    b.flag('SV2', 'required-component-missing', 'modifiers need a procedure code', 2, 2);
  const procedure: Checked[] =
    line.procedureCode === undefined
      ? []
      : [
          'HC',
          pattern(
            line.procedureCode,
            /^[A-Z0-9]{5}$/,
            'procedure code',
            'a five-character HCPCS code',
          ),
          ...modifiers
            .slice(0, 4)
            .map((m) => pattern(m, /^[A-Z0-9]{2}$/, 'modifier', 'two letters or digits')),
        ];
  const revenue = revenueCode(line.revenueCode);
  b.add('SV2', [
    revenue,
    procedure,
    amount(line.charge, 'line charge'),
    code(line.unit ?? 'UN', ['UN', 'DA'], 'unit basis'),
    quantity(line.units, 'units'),
    '',
    line.nonCoveredCharge === undefined ? '' : amount(line.nonCoveredCharge, 'non-covered charge'),
  ]);
  writeServiceDate(b, claim, line, inpatient);
  if (line.lineControlNumber !== undefined && line.lineControlNumber.trim() !== '')
    b.add('REF', ['6R', text(line.lineControlNumber, 50, 'line control number')]);
  for (const a of line.adjudications ?? [])
    writeLineAdjudication(b, a, typeof revenue === 'string' ? revenue : '');
}

function writeServiceDate(
  b: SetBuilder,
  claim: Claim837i,
  line: ServiceLine837i,
  inpatient: boolean,
): void {
  if (inpatient) {
    if (line.serviceDate !== undefined)
      b.flag(
        'DTP',
        'service-date-not-used',
        'DTP*472 is sent on outpatient claims only (TR3 X223A2 2400; X12 RFI 1435)',
        1,
      );
    return;
  }
  if (line.serviceDate === undefined) {
    b.flag(
      'DTP',
      'required-segment-missing',
      `DTP*472 service date is required on each line of an outpatient claim (type of bill ${claim.facilityType}${claim.frequency})`,
    );
    return;
  }
  const [format, value] = dateOrRange(line.serviceDate, 'service date');
  const { from, to } =
    typeof line.serviceDate === 'string'
      ? { from: line.serviceDate, to: line.serviceDate }
      : line.serviceDate;
  const period = claim.statementPeriod;
  if (typeof value === 'string' && (from < period.from || to > period.to || from > to))
    b.flag(
      'DTP',
      'service-date-outside-statement',
      `service date ${from === to ? from : `${from} to ${to}`} is not within the statement period ${period.from} to ${period.to}`,
      3,
    );
  b.add('DTP', ['472', format, value]);
}
