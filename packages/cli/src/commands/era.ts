import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { formatUsd } from '@medbill/core';
import type { Cents } from '@medbill/core';
import { CodeSetCatalog, importEra } from '@medbill/server';
import { cliContext, pickOrganization } from '../cli-context.ts';
import { loadConfig } from '../config.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { report } from '../output.ts';
import { localToday, scrubOptions } from '../scrub-options.ts';
import { snapshotCacheDir } from '../snapshot-cache-dir.ts';

export function eraCommand(program: Command): void {
  program
    .command('era')
    .description('electronic remittance advice (835)')
    .command('import')
    .argument('<file>', 'an 835 file')
    .option('--org <slug>', 'the organization (default: the only one)')
    .option('--json', 'print the result as JSON')
    .description(
      'post an 835: once only, all or nothing; what cannot be matched goes to a worklist',
    )
    .action(async (file: string, options: { org?: string; json?: boolean }) => {
      const text = await readFile(file, 'latin1');
      const config = loadConfig(process.env, process.cwd());
      const { db } = await openAppDatabase(config);
      try {
        const ctx = cliContext(await pickOrganization(db, options.org));
        // Secondary claims built from this remittance are scrubbed with the code-set rules too.
        const catalog = new CodeSetCatalog({ snapshotCache: snapshotCacheDir(config) });
        await catalog.loadLatest(db);
        const result = await importEra(
          db,
          ctx,
          { name: basename(file), text },
          localToday(),
          await scrubOptions(config, catalog),
        );
        report(
          Boolean(options.json),
          result,
          result.alreadyImported
            ? [`${basename(file)} was already imported; nothing changed.`]
            : [
                `Posted ${basename(file)} from ${result.payerName}: ${formatUsd(result.payment as Cents)} for ${result.claims} claim(s).`,
                ...result.posted.map(
                  (p) => `  ${p.claimNumber}\tpaid ${formatUsd(p.paid as Cents)}\t${p.status}`,
                ),
                ...result.nextPayer.map((n) => `  ${n.claimNumber}\t→ ${n.detail}`),
                `${result.denials} denied line(s) and ${result.unmatched} unmatched item(s) went to the worklists.`,
                ...(result.providerAdjustments > 0
                  ? [
                      `${result.providerAdjustments} provider-level adjustment(s) (PLB) posted to the payer's account in the ledger (any whose payer is unknown is among the unmatched items).`,
                    ]
                  : []),
              ],
        );
      } finally {
        await db.close();
      }
    });
}
