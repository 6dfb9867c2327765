import { conflict, formatZip, isInpatientFacilityType } from '@medbill/core';
import type { Coverage, IsoDate, Payer, Person, Problem, Provider } from '@medbill/core';
import type { ClaimRecord } from '@medbill/db';
import type { InstitutionalClaimParties } from '../../services/institutional-claim-parties.ts';
import { cityStateZip, fitTo, personName, plainText, streetLine } from '../cms1500/box-text.ts';
import { codeBoxes, codeBoxProblems } from './code-boxes.ts';
import {
  DIAGNOSIS_SLOTS,
  LOCATOR_FIELDS,
  PAYER_FIELDS,
  PAYER_ROWS,
  REVENUE_FIELDS,
  REVENUE_LINES_PER_PAGE,
} from './field-map.ts';
import type {
  FieldId,
  LocatorFieldId,
  PayerFieldId,
  PayerRow,
  RevenueFieldId,
} from './field-map.ts';
import { revenueAbbreviation } from './revenue-abbreviations.ts';
import { ubAmount, ubDate } from './ub-values.ts';

/** What one printed page of an institutional claim says, locator by locator. */
export type Ub04Page = Readonly<Partial<Record<FieldId, string>>>;

export interface Ub04Input {
  readonly claim: Pick<
    ClaimRecord,
    'claimNumber' | 'frequency' | 'payerClaimNumber' | 'totalCharge'
  >;
  readonly parties: InstitutionalClaimParties;
  /** Line 23's creation date: the day the form is printed. */
  readonly printedOn: IsoDate;
}

/** FL 67 A–Q: seventeen other diagnoses; FL 74 a–e: five other procedures. */
const OTHER_DIAGNOSIS_SLOTS = DIAGNOSIS_SLOTS.slice(1);
const OTHER_PROCEDURES = ['74a', '74b', '74c', '74d', '74e'] as const;

/** Diagnosis and procedure codes go on the form without their decimal point. */
const code = (text: string) => text.replaceAll('.', '');

const fit = (id: LocatorFieldId, text: string) => fitTo(text, LOCATOR_FIELDS[id].width);
const fitPayer = (id: PayerFieldId, text: string) => fitTo(text, PAYER_FIELDS[id].width);

/** The payers of FL 50 A–C in their order: the earlier payers, then the one billed. */
function payerLines(
  parties: InstitutionalClaimParties,
): { payer: Payer; coverage: Coverage; paid?: number }[] {
  const earlier = [...parties.priorPayers]
    .sort((a, b) => a.record.position - b.record.position)
    .map((p) => ({ payer: p.payer, coverage: p.coverage, paid: p.record.paid }));
  return [...earlier, { payer: parties.payer, coverage: parties.coverage }];
}

/** FL 50–51, 54, 58–62 and 64 for one payer line. */
function payerBoxes(
  row: PayerRow,
  line: ReturnType<typeof payerLines>[number],
  patient: Person,
  documentControlNumber: string | undefined,
): Ub04Page {
  const { payer, coverage } = line;
  const insured = coverage.subscriber ?? patient;
  return {
    [`50/${row}`]: fitPayer('50', plainText(payer.name)),
    [`51/${row}`]: fitPayer('51', payer.payerId),
    ...(line.paid === undefined ? {} : { [`54/${row}`]: ubAmount(line.paid) }),
    [`58/${row}`]: fitPayer('58', personName(insured)),
    [`59/${row}`]: coverage.relationship,
    [`60/${row}`]: fitPayer('60', coverage.memberId),
    ...(coverage.planName ? { [`61/${row}`]: fitPayer('61', plainText(coverage.planName)) } : {}),
    ...(coverage.groupNumber
      ? { [`62/${row}`]: fitPayer('62', plainText(coverage.groupNumber)) }
      : {}),
    ...(documentControlNumber ? { [`64/${row}`]: fitPayer('64', documentControlNumber) } : {}),
  };
}

function providerBoxes(locator: '76' | '77', provider: Provider): Ub04Page {
  return {
    [`${locator}.npi`]: provider.npi,
    [`${locator}.last`]: fit(`${locator}.last`, plainText(provider.lastName)),
    [`${locator}.first`]: fit(`${locator}.first`, plainText(provider.firstName)),
  };
}

/** FL 80: a replacement or void says which of the payer's claims it acts on. */
function remarks(claim: Ub04Input['claim']): Ub04Page {
  if (claim.frequency !== '7' && claim.frequency !== '8') return {};
  const what = claim.frequency === '7' ? 'CORRECTED CLAIM' : 'VOID OF CLAIM';
  return {
    '80.1': fit('80.1', what),
    ...(claim.payerClaimNumber ? { '80.2': fit('80.2', `ICN ${claim.payerClaimNumber}`) } : {}),
  };
}

/** Everything every page repeats: all but the revenue lines and line 23. */
function claimBoxes({ claim, parties }: Ub04Input): Ub04Page {
  const { practice, payer, patient, attending, operating, bill } = parties;
  const problems: Problem[] = [];
  if (claim.claimNumber.length > LOCATOR_FIELDS['3a'].width)
    problems.push({
      path: 'FL 3a',
      code: 'too_long',
      message: `patient control number ${claim.claimNumber} is longer than the 24 characters of FL 3a`,
    });
  if (bill.otherDiagnoses.length > OTHER_DIAGNOSIS_SLOTS.length)
    problems.push({
      path: 'FL 67',
      code: 'too_many',
      message: `${bill.otherDiagnoses.length} other diagnoses do not fit the 17 of FL 67A–Q`,
    });
  problems.push(...codeBoxProblems(bill));
  const [principal, ...others] = bill.procedures;
  if (others.length > OTHER_PROCEDURES.length)
    problems.push({
      path: 'FL 74',
      code: 'too_many',
      message: `${others.length} other procedures do not fit the 5 of FL 74a–e`,
    });
  if (problems.length > 0)
    throw conflict(
      `Claim ${claim.claimNumber} does not fit the UB-04: send it as an 837I.`,
      problems,
    );
  const lines = payerLines(parties);
  const replaces = claim.frequency === '7' || claim.frequency === '8';
  const payTo = practice.payToAddress;
  return Object.assign(
    {
      '1.name': fit('1.name', plainText(practice.name)),
      '1.street': fit('1.street', streetLine(practice.address)),
      '1.cityStateZip': fit('1.cityStateZip', cityStateZip(practice.address)),
      ...(practice.phone ? { '1.phone': practice.phone } : {}),
      ...(payTo
        ? {
            '2.name': fit('2.name', plainText(practice.name)),
            '2.street': fit('2.street', streetLine(payTo)),
            '2.cityStateZip': fit('2.cityStateZip', cityStateZip(payTo)),
          }
        : {}),
      '3a': claim.claimNumber,
      '3b': fit('3b', patient.accountNumber),
      '4': `0${bill.facilityType}${claim.frequency}`,
      '5': `${practice.tin.digits.slice(0, 2)}-${practice.tin.digits.slice(2)}`,
      '6.from': ubDate(bill.statementFrom, 'YY'),
      '6.through': ubDate(bill.statementTo, 'YY'),
      '8b': fit('8b', personName(patient)),
      '9a': fit('9a', streetLine(patient.address)),
      '9b': fit('9b', plainText(patient.address.city)),
      '9c': patient.address.state,
      '9d': formatZip(patient.address.zip),
      '10': ubDate(patient.dateOfBirth, 'YYYY'),
      '11': patient.sex,
      ...(bill.admission
        ? {
            '12': ubDate(bill.admission.date, 'YY'),
            ...(bill.admission.hour ? { '13': bill.admission.hour.slice(0, 2) } : {}),
            ...(bill.admission.type ? { '14': bill.admission.type } : {}),
            ...(bill.admission.pointOfOrigin ? { '15': bill.admission.pointOfOrigin } : {}),
          }
        : {}),
      ...(bill.dischargeHour ? { '16': bill.dischargeHour.slice(0, 2) } : {}),
      '17': bill.patientStatus,
      ...(payer.address
        ? {
            '38.1': fit('38.1', plainText(payer.name)),
            '38.2': fit('38.2', plainText(payer.address.line1)),
            ...(payer.address.line2 ? { '38.3': fit('38.3', plainText(payer.address.line2)) } : {}),
            [payer.address.line2 ? '38.4' : '38.3']: fit('38.4', cityStateZip(payer.address)),
          }
        : {}),
      '56': practice.npi,
      '66': '0',
      '67': code(bill.principalDiagnosis.code),
      ...(bill.principalDiagnosis.presentOnAdmission
        ? { '67.poa': bill.principalDiagnosis.presentOnAdmission }
        : {}),
      ...(bill.admittingDiagnosis ? { '69': code(bill.admittingDiagnosis) } : {}),
      ...(principal ? { '74.code': principal.code, '74.date': ubDate(principal.date, 'YY') } : {}),
      ...providerBoxes('76', attending),
      ...(operating ? providerBoxes('77', operating) : {}),
    },
    codeBoxes(bill),
    ...bill.otherDiagnoses.map((d, i) => {
      const slot = OTHER_DIAGNOSIS_SLOTS[i];
      return {
        [`${slot}`]: code(d.code),
        ...(d.presentOnAdmission ? { [`${slot}.poa`]: d.presentOnAdmission } : {}),
      };
    }),
    ...others.map((p, i) => ({
      [`${OTHER_PROCEDURES[i]}.code`]: p.code,
      [`${OTHER_PROCEDURES[i]}.date`]: ubDate(p.date, 'YY'),
    })),
    ...lines.map((line, i) =>
      payerBoxes(
        PAYER_ROWS[i] as PayerRow,
        line,
        patient,
        // FL 64 on the line of the payer billed: the claim a replacement or void acts on.
        replaces && i === lines.length - 1 ? claim.payerClaimNumber : undefined,
      ),
    ),
    remarks(claim),
  ) as Ub04Page;
}

function revenueLineBoxes(
  line: InstitutionalClaimParties['lines'][number],
  n: number,
  dated: boolean,
): Ub04Page {
  const { revenue } = line;
  const description = revenueAbbreviation(revenue.revenueCode);
  const at = (id: RevenueFieldId) => `${id}/${n}`;
  return {
    [at('42')]: revenue.revenueCode,
    ...(description ? { [at('43')]: fitTo(description, REVENUE_FIELDS['43'].width) } : {}),
    ...(revenue.procedureCode
      ? { [at('44')]: `${revenue.procedureCode.code}${revenue.modifiers.join('')}` }
      : {}),
    ...(dated ? { [at('45')]: ubDate(revenue.serviceDate, 'YY') } : {}),
    [at('46')]: String(revenue.units),
    [at('47')]: ubAmount(revenue.charge),
  };
}

/**
 * The UB-04 (CMS-1450) for an institutional claim, page by page. Each page carries 22 revenue
 * lines and repeats every other locator; line 23 numbers the page ("page x of y") with the
 * creation date, and the last page alone carries revenue code 0001 and the total charges
 * (NUBC UB-04 Data Specifications, FL 42–47, line 23). Revenue lines carry their service date
 * on outpatient bills only, as on the 837I.
 *
 * @example
 * ```ts
 * const [page] = ub04Pages({ claim, parties, printedOn: isoDate('2026-03-12') });
 * page?.['4']; // '0111'
 * ```
 */
export function ub04Pages(input: Ub04Input): Ub04Page[] {
  const common = claimBoxes(input);
  const { lines, bill } = input.parties;
  const dated = !isInpatientFacilityType(bill.facilityType);
  const pageCount = Math.max(1, Math.ceil(lines.length / REVENUE_LINES_PER_PAGE));
  return Array.from({ length: pageCount }, (_, p) => {
    const onPage = lines.slice(p * REVENUE_LINES_PER_PAGE, (p + 1) * REVENUE_LINES_PER_PAGE);
    const last = p === pageCount - 1;
    return Object.assign(
      {},
      common,
      ...onPage.map((line, i) => revenueLineBoxes(line, i + 1, dated)),
      {
        '23.page': String(p + 1),
        '23.pages': String(pageCount),
        '23.created': ubDate(input.printedOn, 'YY'),
      },
      last ? { '23.code': '0001', '23.total': ubAmount(input.claim.totalCharge) } : {},
    ) as Ub04Page;
  });
}
