import { formatCents, serviceTypeCodes } from '@medbill/x12';
import type {
  BenefitInquiry,
  ClaimInquiry,
  ClaimStatusInquirySet,
  EligibilityInquirySet,
  InquiryMember,
  Party,
  PersonName,
} from '@medbill/x12';

const party = (p: Party) =>
  `${p.name}${p.id ? ` (${p.idQualifier ? `${p.idQualifier} ` : ''}${p.id})` : ''}`;

const person = (name: PersonName) =>
  `${name.lastName}${name.firstName ? `, ${name.firstName}` : ''}${name.id ? ` (${name.id})` : ''}`;

const period = (p: { from: string; to: string }) =>
  p.from === p.to ? p.from : `${p.from} to ${p.to}`;

/** One EQ in words: the service types, or the procedure, asked about. */
function asked(q: BenefitInquiry): string {
  const what = [
    ...q.serviceTypes.map((t) => serviceTypeCodes[t] ?? `service type ${t}`),
    ...(q.procedure ? [`procedure ${q.procedure.code}`] : []),
  ];
  const plan = q.dates.find((d) => d.qualifier === '291');
  return `asks: ${what.join(', ')}${plan ? `, plan date ${period(plan.period)}` : ''}`;
}

function member(m: InquiryMember, role: string, indent: string): string[] {
  const plan = m.dates.find((d) => d.qualifier === '291');
  const traces = m.traces.map((t) => t.number);
  return [
    `${indent}${role} ${person(m.name)}${m.birthDate ? ` born ${m.birthDate}` : ''}${traces.length ? `, trace ${traces.join(', ')}` : ''}${plan ? `, plan date ${period(plan.period)}` : ''}`,
    ...m.inquiries.map((q) => `${indent}  ${asked(q)}`),
  ];
}

/** A 270 as a payer receives it: who asks whom, about which patients, for what. */
export function summarise270(set: EligibilityInquirySet): string[] {
  return set.sources.flatMap((source) =>
    source.receivers.flatMap((receiver) => [
      `  ${party(source.party)} asked by ${party(receiver.party)}`,
      ...receiver.subscribers.flatMap((s) => [
        ...member(s, 'subscriber', '    '),
        ...s.dependents.flatMap((d) => member(d, 'dependent', '      ')),
      ]),
    ]),
  );
}

function claim(c: ClaimInquiry): string {
  const lines = c.lines.map(
    (l) =>
      `line ${l.procedure.code} ${formatCents(l.charge)}${l.serviceDate ? ` ${period(l.serviceDate)}` : ''}`,
  );
  return [
    c.patientControlNumber === undefined && c.prescriptionNumber !== undefined
      ? `prescription ${c.prescriptionNumber}`
      : `claim ${c.patientControlNumber ?? '—'}`,
    `trace ${c.traceNumber}`,
    ...(c.payerClaimControlNumber ? [`payer claim ${c.payerClaimControlNumber}`] : []),
    ...(c.billType ? [`type of bill ${c.billType}`] : []),
    ...(c.charge === undefined ? [] : [`charge ${formatCents(c.charge)}`]),
    ...(c.serviceDate ? [period(c.serviceDate)] : []),
    ...lines,
  ].join(', ');
}

/** A 276 as a payer receives it: per provider, each patient's claims asked about. */
export function summarise276(set: ClaimStatusInquirySet): string[] {
  return set.payers.flatMap((payer) =>
    payer.receivers.flatMap((receiver) => [
      `  ${party(payer.party)} asked by ${party(receiver.party)}`,
      ...receiver.providers.flatMap((provider) => [
        `    ${party(provider.party)}`,
        ...provider.patients.flatMap((patient) =>
          patient.claims.map(
            (c) =>
              `      ${patient.level === 'dependent' ? 'dependent ' : ''}${person(patient.name)}${patient.subscriber?.id ? ` of ${patient.subscriber.id}` : ''}: ${claim(c)}`,
          ),
        ),
      ]),
    ]),
  );
}
