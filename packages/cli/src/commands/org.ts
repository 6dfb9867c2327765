import type { Command } from 'commander';
import { insertOrganization, listOrganizations } from '@medbill/db';
import { loadConfig } from '../config.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { report } from '../output.ts';

export function orgCommand(program: Command): void {
  const org = program
    .command('org')
    .description('organizations (tenants): a billing company or a practice billing for itself');

  org
    .command('create')
    .argument('<name>', 'the organization name')
    .requiredOption('--slug <slug>', 'short lowercase identifier, e.g. acme-billing')
    .option('--json', 'print the result as JSON')
    .action(async (name: string, options: { slug: string; json?: boolean }) => {
      const { db } = await openAppDatabase(loadConfig(process.env, process.cwd()));
      try {
        const created = await insertOrganization(db, name, options.slug);
        report(Boolean(options.json), created, [
          `Created organization ${created.name} (${created.slug}).`,
        ]);
      } finally {
        await db.close();
      }
    });

  org
    .command('list')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const { db } = await openAppDatabase(loadConfig(process.env, process.cwd()));
      try {
        const orgs = await listOrganizations(db);
        report(
          Boolean(options.json),
          orgs,
          orgs.length === 0
            ? [
                'No organizations yet. Create one with `medbill org create` or load the demo with `medbill demo`.',
              ]
            : orgs.map((o) => `${o.slug}\t${o.name}`),
        );
      } finally {
        await db.close();
      }
    });
}
