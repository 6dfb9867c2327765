import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  build999,
  buildTa1,
  envelopeRejected,
  readTa1,
  ta1AckCodes,
  describeBenefit,
  describeCode,
  describeRejection,
  describeStatus,
  element,
  elementErrorCodes,
  groupAckCodes,
  read270,
  read271,
  read276,
  read277,
  read837d,
  read837i,
  read277ca,
  read999,
  segmentErrorCodes,
  transactionAckCodes,
  transactionErrorCodes,
  formatCents,
  parseSegments,
  read835,
  read837p,
  validateX12,
  wrapInterchange,
  writeX12,
} from '@medbill/x12';
import type {
  ClaimAcknowledgment,
  ClaimStatusResponse,
  EligibilityMember,
  EligibilityResponse,
  ImplementationAck,
  X12Issue,
} from '@medbill/x12';
import { report } from '../output.ts';
import { transactionKind } from '../transaction-kind.ts';
import { summarise270, summarise276 } from './x12-request-summaries.ts';

const where = (i: X12Issue) =>
  `segment ${i.segmentIndex} ${i.segmentId}${i.element !== undefined ? `${String(i.element).padStart(2, '0')}` : ''}${i.component !== undefined ? `-${i.component}` : ''}${i.loop ? ` (loop ${i.loop})` : ''}`;

const describeIssue = (file: string, i: X12Issue) =>
  `${file}: ${i.severity}: ${where(i)}: ${i.message} [${i.code}]`;

const errorCount = (issues: readonly X12Issue[]) =>
  issues.filter((i) => i.severity === 'error').length;

/** One line per transaction set a 999 answers, with each error in words. */
function summarise999(ack: ImplementationAck): string[] {
  return [
    `  group ${ack.group.functionalId} ${ack.group.controlNumber}: ${ack.groupResponse ? groupAckCodes[ack.groupResponse.status] : 'no AK9'}`,
    ...ack.transactions.flatMap((t) => [
      `    ${t.setId} ${t.controlNumber}: ${t.status ? transactionAckCodes[t.status] : 'no IK5'}${t.codes.length ? ` (${t.codes.map((c) => describeCode(transactionErrorCodes, c)).join('; ')})` : ''}`,
      ...t.segmentErrors.flatMap((e) => [
        `      segment ${e.position} ${e.segmentId}${e.loop ? ` (loop ${e.loop})` : ''}: ${describeCode(segmentErrorCodes, e.code ?? '8')}`,
        ...e.elements.map(
          (el) =>
            `        ${e.segmentId}${String(el.element).padStart(2, '0')}${el.component ? `-${el.component}` : ''}: ${describeCode(elementErrorCodes, el.code)}${el.badValue ? ` (value "${el.badValue}")` : ''}`,
        ),
      ]),
    ]),
  ];
}

/** One line per claim a 277CA acknowledges, with its statuses in words. */
function summarise277ca(ack: ClaimAcknowledgment): string[] {
  return ack.receivers.flatMap((r) =>
    r.providers.flatMap((p) =>
      p.claims.map(
        (c) =>
          `  ${c.patientControlNumber}${c.payerClaimControlNumber ? ` (payer ${c.payerClaimControlNumber})` : ''}: ${c.statuses.flatMap((s) => s.statuses.map(describeStatus)).join('; ')}`,
      ),
    ),
  );
}

/** One line per patient a 271 answers, then one per benefit and rejection, in words. */
function summarise271(response: EligibilityResponse): string[] {
  const member = (m: EligibilityMember, indent: string): string[] => [
    `${indent}${m.name.lastName}${m.name.firstName ? `, ${m.name.firstName}` : ''}${m.name.id ? ` (${m.name.id})` : ''}${m.birthDate ? ` born ${m.birthDate}` : ''}`,
    ...m.rejections.map((r) => `${indent}  ${describeRejection(r)}`),
    ...m.benefits.flatMap((b) => [
      `${indent}  ${describeBenefit(b)}`,
      ...b.messages.map((text) => `${indent}    ${text}`),
      ...b.relatedEntities.map(
        (e) => `${indent}    ${e.role}: ${e.party.name}${e.party.id ? ` (${e.party.id})` : ''}`,
      ),
    ]),
  ];
  return response.sources.flatMap((s) => [
    `  ${s.party.name}`,
    ...s.rejections.map((r) => `    ${describeRejection(r)}`),
    ...s.receivers.flatMap((r) => [
      ...r.rejections.map((x) => `    ${r.party.name}: ${describeRejection(x)}`),
      ...r.subscribers.flatMap((sub) => [
        ...member(sub, '    '),
        ...sub.dependents.flatMap((d) => member(d, '      ')),
      ]),
    ]),
  ]);
}

/** One line per claim a 277 answers, with its statuses in words and what was paid. */
function summarise277(response: ClaimStatusResponse): string[] {
  return response.payers.flatMap((payer) =>
    payer.receivers.flatMap((receiver) =>
      receiver.providers.flatMap((provider) => [
        ...provider.statuses.map(
          (s) => `  ${provider.party.name}: ${s.statuses.map(describeStatus).join('; ')}`,
        ),
        ...provider.patients.flatMap((patient) =>
          patient.claims.map(
            (c) =>
              `  ${c.patientControlNumber ?? c.traceNumber}${c.payerClaimControlNumber ? ` (payer ${c.payerClaimControlNumber})` : ''}: ${c.statuses
                .map(
                  (s) =>
                    `${s.statuses.map(describeStatus).join('; ')}${s.paid !== undefined ? `, paid ${formatCents(s.paid)}` : ''}`,
                )
                .join(' | ')}`,
          ),
        ),
      ]),
    ),
  );
}

export function x12Command(program: Command): void {
  const x12 = program
    .command('x12')
    .description('read, validate and acknowledge ASC X12 5010 files');

  x12
    .command('parse')
    .argument('<file>', 'an X12 file (835, 837P/I/D, 999, 277CA, 270, 271, 276, 277, TA1)')
    .option('--json', 'print the typed content as JSON')
    .description('read a file into typed remittances, claims or acknowledgments and summarise it')
    .action(async (file: string, options: { json?: boolean }) => {
      const text = await readFile(file, 'latin1');
      const kind = transactionKind(text);
      if (kind.startsWith('835')) {
        const { remittances, issues } = read835(text);
        report(Boolean(options.json), { kind, remittances, issues }, [
          `${file}: 835 with ${remittances.length} remittance(s), ${issues.filter((i) => i.severity === 'error').length} error(s)`,
          ...remittances.map(
            (r) =>
              `  ${r.payer.name} → ${r.payee.name}: ${r.claims.length} claim(s), paid ${formatCents(r.payment.amount)} (${r.payment.method}, trace ${r.trace?.number ?? '—'})`,
          ),
        ]);
      } else if (kind.startsWith('837') && kind.includes('X223')) {
        const { claims, issues } = read837i(text);
        report(Boolean(options.json), { kind, claims, issues }, [
          `${file}: 837I with ${claims.length} institutional claim(s), ${errorCount(issues)} error(s)`,
          ...claims.map(
            (c) =>
              `  ${c.claimId}: type of bill ${c.facilityType}${c.frequency}, ${c.statementFrom ?? '?'} to ${c.statementTo ?? '?'}, ${c.lines.length} line(s) (revenue codes ${c.lines.map((l) => l.revenueCode).join(', ')}), ${formatCents(c.charge)}`,
          ),
        ]);
      } else if (kind.startsWith('837') && kind.includes('X224')) {
        const { claims, issues } = read837d(text);
        report(Boolean(options.json), { kind, claims, issues }, [
          `${file}: 837D with ${claims.length} dental claim(s), ${errorCount(issues)} error(s)`,
          ...claims.map(
            (c) =>
              `  ${c.claimId}${c.predetermination ? ' (predetermination)' : ''}: ${c.lines.map((l) => `${l.procedure.code}${l.teeth.length ? ` tooth ${l.teeth.map((t) => `${t.tooth}${t.surfaces.join('')}`).join(',')}` : ''}`).join('; ')}, ${formatCents(c.charge)}`,
          ),
        ]);
      } else if (kind.startsWith('837')) {
        const { claims, issues } = read837p(text);
        report(Boolean(options.json), { kind, claims, issues }, [
          `${file}: 837 with ${claims.length} claim(s), ${issues.filter((i) => i.severity === 'error').length} error(s)`,
          ...claims.map(
            (c) => `  ${c.claimId}: ${c.lines.length} line(s), ${formatCents(c.charge)}`,
          ),
        ]);
      } else if (kind.startsWith('999')) {
        const { acks, issues } = read999(text);
        report(Boolean(options.json), { kind, acks, issues }, [
          `${file}: 999 with ${acks.length} acknowledgment(s), ${errorCount(issues)} error(s)`,
          ...acks.flatMap(summarise999),
        ]);
      } else if (kind.startsWith('277') && kind.includes('X214')) {
        const { acks, issues } = read277ca(text);
        report(Boolean(options.json), { kind, acks, issues }, [
          `${file}: 277CA with ${acks.length} acknowledgment(s), ${errorCount(issues)} error(s)`,
          ...acks.flatMap(summarise277ca),
        ]);
      } else if (kind.startsWith('271')) {
        const { responses, issues } = read271(text);
        report(Boolean(options.json), { kind, responses, issues }, [
          `${file}: 271 with ${responses.length} eligibility response(s), ${errorCount(issues)} error(s)`,
          ...responses.flatMap(summarise271),
        ]);
      } else if (kind.startsWith('277') && kind.includes('X212')) {
        const { responses, issues } = read277(text);
        report(Boolean(options.json), { kind, responses, issues }, [
          `${file}: 277 with ${responses.length} claim status response(s), ${errorCount(issues)} error(s)`,
          ...responses.flatMap(summarise277),
        ]);
      } else if (kind.startsWith('270')) {
        const { inquiries, issues } = read270(text);
        report(Boolean(options.json), { kind, inquiries, issues }, [
          `${file}: 270 with ${inquiries.length} eligibility inquiry set(s), ${errorCount(issues)} error(s)`,
          ...inquiries.flatMap(summarise270),
        ]);
      } else if (kind.startsWith('276')) {
        const { inquiries, issues } = read276(text);
        report(Boolean(options.json), { kind, inquiries, issues }, [
          `${file}: 276 with ${inquiries.length} claim status request set(s), ${errorCount(issues)} error(s)`,
          ...inquiries.flatMap(summarise276),
        ]);
      } else if (kind === 'unknown' && parseSegments(text).some((s) => s.id === 'TA1')) {
        const { acks, issues } = readTa1(text);
        report(Boolean(options.json), { kind: 'TA1', acks, issues }, [
          `${file}: TA1 with ${acks.length} interchange acknowledgment(s), ${errorCount(issues)} error(s)`,
          ...acks.map(
            (a) =>
              `  interchange ${a.controlNumber}${a.date ? ` of ${a.date} ${a.time}` : ''}: ${ta1AckCodes[a.status]}${a.note === '000' ? '' : ` (${a.note} ${a.noteText})`}`,
          ),
        ]);
      } else {
        const segments = parseSegments(text);
        report(
          Boolean(options.json),
          { kind, segments: segments.map((s) => ({ id: s.id, elements: s.elements })) },
          [
            `${file}: ${kind}, ${segments.length} segment(s); typed reading of this transaction is not built yet`,
          ],
        );
      }
    });

  x12
    .command('validate')
    .argument('<file>', 'an X12 file')
    .option('--json', 'print the issues as JSON')
    .description('check envelopes, structure and balancing; exits 1 when there are errors')
    .action(async (file: string, options: { json?: boolean }) => {
      const issues = validateX12(await readFile(file, 'latin1'));
      const errors = issues.filter((i) => i.severity === 'error').length;
      report(Boolean(options.json), { file, errors, issues }, [
        ...issues.map((i) => describeIssue(file, i)),
        errors === 0
          ? `${file}: valid (${issues.length} warning(s))`
          : `${file}: ${errors} error(s), ${issues.length - errors} warning(s)`,
      ]);
      if (errors > 0) process.exitCode = 1;
    });

  x12
    .command('ack')
    .argument('<file>', 'an inbound X12 file to acknowledge')
    .option('--out <file>', 'write the acknowledgment here instead of standard output')
    .option('--control-number <n>', 'ISA13/GS06 of the acknowledgment (unique per sender)', '1')
    .option('--usage <P|T>', 'production or test', 'P')
    .option('--ta1', 'write a TA1 interchange acknowledgment even when the envelope is sound')
    .description(
      'write the 999 implementation acknowledgment for a received file, or a TA1 when its interchange envelope is broken',
    )
    .action(
      async (
        file: string,
        options: { out?: string; controlNumber: string; usage: string; ta1?: boolean },
      ) => {
        const text = await readFile(file, 'latin1');
        const segments = parseSegments(text);
        const isa = segments.find((s) => s.id === 'ISA');
        const gs = segments.find((s) => s.id === 'GS');
        if (!isa) throw new Error(`${file}: no ISA envelope to acknowledge`);
        const controlNumber = Number(options.controlNumber);
        if (
          !Number.isSafeInteger(controlNumber) ||
          controlNumber < 1 ||
          controlNumber > 999_999_999
        ) {
          throw new Error('--control-number must be a whole number from 1 to 999999999');
        }
        const now = new Date();
        const date = now.toISOString().slice(0, 10);
        const time = now.toISOString().slice(11, 16).replace(':', '');
        const usage = options.usage === 'T' ? 'T' : 'P';
        const issues = validateX12(text);
        let ack: string;
        if (options.ta1 === true || gs === undefined || envelopeRejected(issues)) {
          const built = buildTa1(
            segments,
            issues,
            { controlNumber, date, time, usage },
            { lineBreak: '\n' },
          );
          if (built.text === undefined)
            throw new Error(
              `${file}: cannot write a TA1: ${built.issues.map((i) => describeIssue(file, i)).join('; ')}`,
            );
          ack = built.text;
        } else {
          const sets = build999(segments, issues, { firstControlNumber: 1 });
          ack = writeX12(
            wrapInterchange(sets, {
              senderQualifier: element(isa, 7).trim(),
              senderId: element(isa, 8).trim(),
              receiverQualifier: element(isa, 5).trim(),
              receiverId: element(isa, 6).trim(),
              applicationSender: element(gs, 3),
              applicationReceiver: element(gs, 2),
              interchangeControlNumber: controlNumber,
              groupControlNumber: controlNumber,
              functionalId: 'FA',
              version: '005010X231A1',
              date,
              time,
              usage,
            }),
            { lineBreak: '\n' },
          );
        }
        if (options.out) await writeFile(options.out, ack);
        else process.stdout.write(ack);
      },
    );
}
