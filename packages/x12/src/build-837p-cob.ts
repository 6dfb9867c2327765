import type { Adjustment837p, LineAdjudication837, OtherPayer837p } from './build-837p-input.ts';
import type { SetBuilder } from './build-segments.ts';
import {
  amount,
  code,
  date,
  flaw,
  optional,
  pattern,
  quantity,
  text,
  type Checked,
} from './build-values.ts';
import { claimFilingIndicatorCodes } from './code-lists.ts';
import { formatCents } from './money.ts';

/** CAS01 claim adjustment group codes. */
const groupCodes = ['CO', 'CR', 'OA', 'PI', 'PR'] as const;
/** SBR02 individual relationship codes allowed in 2320 (005010X222A1). */
const relationshipCodes = ['01', '18', '19', '20', '21', '39', '40', '53', 'G8'] as const;
/** A CAS segment carries at most six reason/amount/quantity triples (CAS02..CAS19). */
const maxReasonsPerCas = 6;

const signedAmount = (cents: number, what: string): Checked =>
  Number.isSafeInteger(cents)
    ? formatCents(cents)
    : flaw('invalid-amount', `${what} ${cents} is not a whole number of cents`);

/**
 * CAS segments, one per group code in first-seen order, each with up to six reasons
 * (TR3 2320 CAS, 2430 CAS). A seventh reason in one group is refused, never dropped.
 */
export function writeAdjustments(b: SetBuilder, adjustments: readonly Adjustment837p[]): void {
  const byGroup = new Map<string, Adjustment837p[]>();
  for (const a of adjustments) byGroup.set(a.group, [...(byGroup.get(a.group) ?? []), a]);
  for (const [group, items] of byGroup) {
    if (items.length > maxReasonsPerCas) {
      b.flag(
        'CAS',
        'too-many-adjustments',
        `group ${group} has ${items.length} reasons; one CAS carries at most ${maxReasonsPerCas}`,
        1,
      );
    }
    b.add('CAS', [
      code(group, groupCodes, 'adjustment group'),
      ...items
        .slice(0, maxReasonsPerCas)
        .flatMap((a): Checked[] => [
          pattern(a.reason, /^[A-Z0-9]{1,5}$/, 'adjustment reason', 'a CARC'),
          signedAmount(a.amount, 'adjustment amount'),
          '',
        ]),
    ]);
  }
}

/** What {@link writeOtherPayers} needs of a claim: its other payers and who adjudicated each line. */
export interface CobClaim {
  readonly otherPayers?: readonly OtherPayer837p[];
  readonly lines: readonly {
    readonly adjudications?: readonly { readonly payerId: string }[];
  }[];
}

/**
 * Loops 2320 (SBR, CAS, AMT*D, AMT*EAF, OI), 2330A (NM1*IL) and 2330B (NM1*PR, DTP*573 only
 * when no line carries a 2430 for that payer) for each payer that adjudicated the claim before
 * (005010X222A1, X223A2 and X224A2 alike). Their balancing is checked by each guide's reader
 * on the builder's output (`checkCobBalancing`).
 */
export function writeOtherPayers(b: SetBuilder, claim: CobClaim): void {
  for (const other of claim.otherPayers ?? []) {
    b.loop = '2320';
    writeOtherSubscriber(b, other);
    b.loop = '2330A';
    const s = other.subscriber;
    const person = (s.firstName ?? '').trim() !== '';
    b.add('NM1', [
      'IL',
      person ? '1' : '2',
      text(s.lastName, 60, 'other subscriber last name'),
      person ? optional(s.firstName, 35, 'first name') : '',
      person ? optional(s.middleName, 25, 'middle name') : '',
      '',
      '',
      'MI',
      text(s.memberId, 80, 'other subscriber member ID'),
    ]);
    b.loop = '2330B';
    b.add('NM1', [
      'PR',
      '2',
      text(other.payer.name, 60, 'other payer name'),
      '',
      '',
      '',
      '',
      'PI',
      text(other.payer.payerId, 80, 'other payer ID'),
    ]);
    const linesAdjudicated = claim.lines.some((l) =>
      (l.adjudications ?? []).some((a) => a.payerId === other.payer.payerId),
    );
    if (!linesAdjudicated)
      b.add('DTP', ['573', 'D8', date(other.adjudicatedOn, 'adjudication date')]);
  }
}

function writeOtherSubscriber(b: SetBuilder, other: OtherPayer837p): void {
  b.add('SBR', [
    code(other.responsibility, ['P', 'S', 'T'], 'other payer responsibility'),
    code(other.relationship, relationshipCodes, 'relationship to the other subscriber'),
    optional(other.groupNumber, 50, 'other group number'),
    optional(other.groupName, 60, 'other group name'),
    '',
    '',
    '',
    '',
    code(other.claimFilingIndicator, claimFilingIndicatorCodes, 'other claim filing indicator'),
  ]);
  writeAdjustments(b, other.adjustments);
  b.add('AMT', ['D', amount(other.paid, 'other payer paid amount')]);
  if (other.remainingPatientLiability !== undefined)
    b.add('AMT', ['EAF', amount(other.remainingPatientLiability, 'remaining patient liability')]);
  // OI03 Y: benefits assigned to the provider; OI06 Y: the patient's release of information on file.
  b.add('OI', ['', '', 'Y', '', '', 'Y']);
}

/**
 * The part of a 2430 after its SVD, the same in every 837 guide: CAS per group, DTP*573 and,
 * when given, AMT*EAF the patient's remaining liability on the line (TR3 segment order).
 */
export function writeLineOutcome(b: SetBuilder, a: LineAdjudication837): void {
  writeAdjustments(b, a.adjustments);
  b.add('DTP', ['573', 'D8', date(a.adjudicatedOn, 'line adjudication date')]);
  if (a.remainingPatientLiability !== undefined)
    b.add('AMT', ['EAF', amount(a.remainingPatientLiability, 'line remaining patient liability')]);
}

/**
 * Loop 2430: SVD (payer, paid, HC:code:modifiers, units), CAS, DTP*573 and AMT*EAF for one payer.
 * With `revenueCode` (837I) SVD04 carries it and SVD03 is written only when the other payer
 * adjudicated with a procedure code (TR3 X223A2 2430 SVD03); without, SVD03 is required (837P).
 */
export function writeLineAdjudication(
  b: SetBuilder,
  a: LineAdjudication837,
  revenueCode?: Checked,
): void {
  b.loop = '2430';
  const procedure: Checked[] =
    revenueCode !== undefined && a.procedureCode === undefined
      ? []
      : [
          'HC',
          pattern(
            a.procedureCode,
            /^[A-Z0-9]{5}$/,
            'procedure code',
            'a five-character HCPCS code',
          ),
          ...(a.modifiers ?? [])
            .slice(0, 4)
            .map((m) => pattern(m, /^[A-Z0-9]{2}$/, 'modifier', 'two letters or digits')),
        ];
  b.add('SVD', [
    text(a.payerId, 80, 'other payer ID'),
    amount(a.paid, 'line paid amount'),
    procedure,
    revenueCode ?? '',
    quantity(a.units, 'paid units'),
  ]);
  writeLineOutcome(b, a);
}
