import type { Command } from 'commander';
import { buildClaimsFor } from '@medbill/server';
import { cliContext, pickOrganization } from '../cli-context.ts';
import { loadConfig } from '../config.ts';
import { formatUsd } from '@medbill/core';
import type { Cents } from '@medbill/core';
import { openAppDatabase } from '../open-app-database.ts';
import { scrubOptions } from '../scrub-options.ts';
import { report } from '../output.ts';

export function claimsCommand(program: Command): void {
  const claims = program.command('claims').description('claims: build from encounters');

  claims
    .command('build')
    .description('build draft claims from every unbilled encounter (or the ones named)')
    .option('--encounter <id...>', 'only these encounters')
    .option('--org <slug>', 'the organization (default: the only one)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { encounter?: string[]; org?: string; json?: boolean }) => {
      const config = loadConfig(process.env, process.cwd());
      const scrub = await scrubOptions(config);
      const { db } = await openAppDatabase(config);
      try {
        const ctx = cliContext(await pickOrganization(db, options.org));
        const result = await db.transaction((tx) =>
          buildClaimsFor(tx, ctx, options.encounter ?? 'all-unbilled', scrub),
        );
        const total = result.claims.reduce((sum, c) => sum + c.totalCharge, 0) as Cents;
        report(Boolean(options.json), result, [
          `Built ${result.claims.length} draft claim(s), ${formatUsd(total)} in charges.`,
          ...result.claims.map(
            (c) => `  ${c.claimNumber}\t${c.lines} line(s)\t${formatUsd(c.totalCharge as Cents)}`,
          ),
          ...(result.skipped.length > 0
            ? [
                `Skipped ${result.skipped.length} encounter(s):`,
                ...result.skipped.map((s) => `  ${s.encounterId}\t${s.reason}`),
              ]
            : []),
        ]);
      } finally {
        await db.close();
      }
    });
}
