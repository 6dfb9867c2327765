import type { Command } from 'commander';
import { loadConfig, describeDatabase } from '../config.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { report } from '../output.ts';

export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description(
      'apply pending database migrations (refuses a database whose migrations disagree with the files)',
    )
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig(process.env, process.cwd());
      const { db, applied } = await openAppDatabase(config);
      await db.close();
      report(Boolean(options.json), { database: describeDatabase(config), applied }, [
        `Database: ${describeDatabase(config)}`,
        applied.length === 0
          ? 'Schema is up to date; nothing to apply.'
          : `Applied ${applied.length} migration(s): ${applied.map((m) => `${m.version} ${m.name}`).join(', ')}`,
      ]);
    });
}
