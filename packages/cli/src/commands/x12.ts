import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  build999,
  element,
  formatCents,
  parseSegments,
  read835,
  read837p,
  validateX12,
  wrapInterchange,
  writeX12,
} from '@medbill/x12';
import type { X12Issue } from '@medbill/x12';
import { report } from '../output.ts';

const where = (i: X12Issue) =>
  `segment ${i.segmentIndex + 1} ${i.segmentId}${i.element !== undefined ? `${String(i.element).padStart(2, '0')}` : ''}${i.component !== undefined ? `-${i.component}` : ''}${i.loop ? ` (loop ${i.loop})` : ''}`;

const describeIssue = (file: string, i: X12Issue) =>
  `${file}: ${i.severity}: ${where(i)}: ${i.message} [${i.code}]`;

/** What kind of transaction a file holds, from its ST01 and GS08. */
function transactionKind(text: string): string {
  const st = parseSegments(text).find((s) => s.id === 'ST');
  return st ? `${element(st, 1)}${element(st, 3) ? ` (${element(st, 3)})` : ''}` : 'unknown';
}

export function x12Command(program: Command): void {
  const x12 = program
    .command('x12')
    .description('read, validate and acknowledge ASC X12 5010 files');

  x12
    .command('parse')
    .argument('<file>', 'an X12 file (835, 837P, …)')
    .option('--json', 'print the typed content as JSON')
    .description('read a file into typed remittances or claims and summarise it')
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
      } else if (kind.startsWith('837')) {
        const { claims, issues } = read837p(text);
        report(Boolean(options.json), { kind, claims, issues }, [
          `${file}: 837 with ${claims.length} claim(s), ${issues.filter((i) => i.severity === 'error').length} error(s)`,
          ...claims.map(
            (c) => `  ${c.claimId}: ${c.lines.length} line(s), ${formatCents(c.charge)}`,
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
    .option('--out <file>', 'write the 999 here instead of standard output')
    .option('--control-number <n>', 'ISA13/GS06 of the 999 (unique per sender)', '1')
    .option('--usage <P|T>', 'production or test', 'P')
    .description('write the 999 implementation acknowledgment for a received file')
    .action(
      async (file: string, options: { out?: string; controlNumber: string; usage: string }) => {
        const text = await readFile(file, 'latin1');
        const segments = parseSegments(text);
        const isa = segments.find((s) => s.id === 'ISA');
        const gs = segments.find((s) => s.id === 'GS');
        if (!isa || !gs) throw new Error(`${file}: no ISA/GS envelope to acknowledge`);
        const controlNumber = Number(options.controlNumber);
        if (
          !Number.isSafeInteger(controlNumber) ||
          controlNumber < 1 ||
          controlNumber > 999_999_999
        ) {
          throw new Error('--control-number must be a whole number from 1 to 999999999');
        }
        const now = new Date();
        const sets = build999(segments, validateX12(text), { firstControlNumber: 1 });
        const ack = writeX12(
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
            date: now.toISOString().slice(0, 10),
            time: now.toISOString().slice(11, 16).replace(':', ''),
            usage: options.usage === 'T' ? 'T' : 'P',
          }),
          { lineBreak: '\n' },
        );
        if (options.out) await writeFile(options.out, ack);
        else process.stdout.write(ack);
      },
    );
}
