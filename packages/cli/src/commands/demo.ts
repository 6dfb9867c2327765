import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { report } from '../output.ts';

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'load the demo practice (providers, payers, ~50 patients, ~200 encounters, 2 hospital facility bills) into the organization "demo"',
    )
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const { db } = await openAppDatabase(loadConfig(process.env, process.cwd()));
      try {
        const result = await loadDemo(db, { today: new Date() });
        report(Boolean(options.json), result, [
          result.created
            ? `Loaded the demo practice into organization "demo": ${result.counts.patients} patients, ${result.counts.encounters} encounters, ${result.counts.facilityBills} facility bills, ${result.counts.payers} payers, ${result.counts.providers} providers.`
            : 'The demo organization is already loaded; nothing changed.',
        ]);
      } finally {
        await db.close();
      }
    });
}
