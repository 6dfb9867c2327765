import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { importAcknowledgment } from '@medbill/server';
import type { AckImportResult } from '@medbill/server';
import { cliContext, pickOrganization } from '../cli-context.ts';
import { loadConfig } from '../config.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { report } from '../output.ts';

/** What an acknowledgment import did, one line per transaction set and claim. */
function describeImport(name: string, result: AckImportResult): string[] {
  if (result.alreadyImported) return [`${name} was already imported; nothing changed.`];
  return [
    `Imported ${name} (${result.kind}).`,
    ...result.transactions.map(
      (t) => `  transaction set ${t.controlNumber} of ${t.batch}: ${t.status}`,
    ),
    ...result.claims.map(
      (c) =>
        `  ${c.claimNumber}\t${c.outcome} → ${c.status}${c.reasons.length ? `\t${c.reasons.join('; ')}` : ''}`,
    ),
    `${result.rejections} rejection(s) and ${result.unmatched} unmatched claim(s) went to the worklists.`,
  ];
}

export function ackCommand(program: Command): void {
  program
    .command('ack')
    .description('acknowledgments of the claims sent (999, 277CA)')
    .command('import')
    .argument('<file>', 'a 999 or 277CA file')
    .option('--org <slug>', 'the organization (default: the only one)')
    .option('--json', 'print the result as JSON')
    .description(
      'apply a 999 or 277CA to the batches and claims it answers: once only, all or nothing; rejections and unknown claims go to the worklists',
    )
    .action(async (file: string, options: { org?: string; json?: boolean }) => {
      const text = await readFile(file, 'latin1');
      const { db } = await openAppDatabase(loadConfig(process.env, process.cwd()));
      try {
        const ctx = cliContext(await pickOrganization(db, options.org));
        const result = await importAcknowledgment(db, ctx, { name: basename(file), text });
        report(Boolean(options.json), result, describeImport(basename(file), result));
      } finally {
        await db.close();
      }
    });
}
