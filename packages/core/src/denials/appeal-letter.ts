import type { IsoDate } from '../dates/index.ts';
import { formatUsd } from '../money/index.ts';
import type { Cents } from '../money/index.ts';

export interface LetterAddress {
  readonly line1: string;
  readonly line2?: string | undefined;
  readonly city: string;
  readonly state: string;
  readonly zip: string;
}

/** A reason the payer gave, in its words: "CO-97" with the CARC text. */
export interface DenialReason {
  readonly code: string;
  readonly text?: string | undefined;
}

export interface DeniedLine {
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly serviceDate: IsoDate;
  readonly charge: Cents;
  readonly diagnoses: readonly string[];
}

/** What an appeal needs to say, gathered from the claim, the remittance and the denial. */
export interface AppealFacts {
  readonly today: IsoDate;
  readonly practice: {
    readonly name: string;
    readonly npi: string;
    readonly address: LetterAddress;
    readonly phone?: string | undefined;
  };
  readonly payer: { readonly name: string; readonly address?: LetterAddress | undefined };
  readonly patient: {
    readonly name: string;
    readonly dateOfBirth: IsoDate;
    readonly memberId: string;
  };
  readonly claimNumber: string;
  readonly payerClaimNumber?: string | undefined;
  readonly renderingProvider: string;
  readonly lines: readonly DeniedLine[];
  /** CAS group-reason pairs (e.g. CO-97) and remark codes (e.g. M15), each with its text. */
  readonly reasons: readonly DenialReason[];
  readonly remarks: readonly DenialReason[];
}

/**
 * The argument an appeal makes for a denial reason (CARC), as billers write them. Which one
 * applies is the first reason on the denial that the table knows; every letter also says what is
 * enclosed, so the reviewer has what the argument relies on.
 */
const ARGUMENTS: readonly {
  readonly carcs: readonly string[];
  readonly text: string;
  readonly enclose: string;
}[] = [
  {
    carcs: ['50', '56', '57', '58', '150', '151', '167'],
    text: 'The service was medically necessary for the diagnoses documented at the visit. The enclosed records show the patient’s condition, the findings that led to the service, and how its result changed the plan of care.',
    enclose: 'the visit note and the relevant results',
  },
  {
    carcs: ['97', '234', 'B15', '236'],
    text: 'The service was distinct from the other services billed that day: it was performed for a separate problem (or at a separate site or session), as the enclosed documentation shows. It is not part of the other procedure’s payment and is reported with the modifier that identifies it as separate.',
    enclose: 'the operative or visit note showing the separate service',
  },
  {
    carcs: ['16', '252', '226'],
    text: 'The information the remittance asked for is enclosed, and the corrected information has been applied to the claim.',
    enclose: 'the requested information',
  },
  {
    carcs: ['29'],
    text: 'The claim was first filed within the payer’s filing limit. The enclosed proof of timely filing (the clearinghouse acceptance report for the original submission) shows the date it was received.',
    enclose: 'the acceptance report (999/277CA) for the original submission',
  },
  {
    carcs: ['15', '197', '198', '62'],
    text: 'The service was authorized before it was rendered (or was urgent, leaving no time to obtain authorization, as the enclosed record shows). The authorization reference is enclosed.',
    enclose: 'the authorization approval',
  },
  {
    carcs: ['18'],
    text: 'This claim is not a duplicate: it reports a different service, date or unit count than the claim it was matched to, as the enclosed records show.',
    enclose: 'the records of both services',
  },
  {
    carcs: ['4', '11', '146'],
    text: 'The procedure, its modifiers and the diagnosis it points to agree with the enclosed documentation and with current coding guidance.',
    enclose: 'the visit note',
  },
  {
    carcs: ['27', '26', '31', '109'],
    text: 'The patient was covered by this plan on the date of service, as the enclosed eligibility response shows.',
    enclose: 'the eligibility response for the date of service',
  },
];

const GENERIC = {
  text: 'We believe the claim was processed incorrectly and ask that it be reviewed with the enclosed documentation.',
  enclose: 'the visit note',
};

const usDate = (date: IsoDate) => `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;

const addressLines = (a: LetterAddress) => [
  a.line1,
  ...(a.line2 ? [a.line2] : []),
  `${a.city}, ${a.state} ${a.zip.length === 9 ? `${a.zip.slice(0, 5)}-${a.zip.slice(5)}` : a.zip}`,
];

const describe = (reason: DenialReason) =>
  reason.text ? `${reason.code} (${reason.text.replace(/\.$/, '')})` : reason.code;

/**
 * A first-level appeal (request for reconsideration) as plain text, one paragraph per element:
 * the biller reads it, edits it, and prints it. It states only facts from the claim and the
 * remittance, and the standard argument for the denial reason.
 */
export function appealLetter(facts: AppealFacts): string {
  const carcs = facts.reasons.map((r) => r.code.replace(/^[A-Z]{2}-/, ''));
  const argument = ARGUMENTS.find((a) => a.carcs.some((c) => carcs.includes(c))) ?? GENERIC;
  const billed = facts.lines.reduce((sum, l) => sum + l.charge, 0) as Cents;
  const dates = [...new Set(facts.lines.map((l) => l.serviceDate))].sort().map(usDate);
  const sections = [
    [
      facts.practice.name,
      ...addressLines(facts.practice.address),
      ...(facts.practice.phone ? [facts.practice.phone] : []),
    ].join('\n'),
    usDate(facts.today),
    [
      facts.payer.name,
      'Attn: Appeals / Reconsideration',
      ...(facts.payer.address ? addressLines(facts.payer.address) : []),
    ].join('\n'),
    [
      'RE: Request for reconsideration',
      `Patient: ${facts.patient.name}    Date of birth: ${usDate(facts.patient.dateOfBirth)}`,
      `Member ID: ${facts.patient.memberId}`,
      `Payer claim number: ${facts.payerClaimNumber ?? 'not yet assigned'}    Our claim number: ${facts.claimNumber}`,
      `Date(s) of service: ${dates.join(', ')}    Amount billed: ${formatUsd(billed)}`,
      `Rendering provider: ${facts.renderingProvider} (billing NPI ${facts.practice.npi})`,
    ].join('\n'),
    'To the appeals department:',
    `We ask you to reconsider the denial of the service(s) below. The remittance gave as reason ${facts.reasons.map(describe).join('; ') || 'no adjustment reason'}${facts.remarks.length > 0 ? `, with remark ${facts.remarks.map(describe).join('; ')}` : ''}.`,
    facts.lines
      .map(
        (l) =>
          `- ${usDate(l.serviceDate)}  ${l.procedureCode}${l.modifiers.length ? `-${l.modifiers.join('-')}` : ''}  ${formatUsd(l.charge)}  diagnoses ${l.diagnoses.join(', ')}`,
      )
      .join('\n'),
    argument.text,
    `Please reprocess the claim for payment. Enclosed: a copy of the claim, the remittance advice, and ${argument.enclose}. For questions, call ${facts.practice.phone ?? 'our office'}.`,
    ['Sincerely,', '', '', `Billing office, ${facts.practice.name}`].join('\n'),
  ];
  return sections.join('\n\n');
}
