import type { Command } from 'commander';
import { buildApp, localOperatorResolver } from '@medbill/server';
import { listOrganizations } from '@medbill/db';
import type { Database } from '@medbill/db';
import { describeDatabase, loadConfig } from '../config.ts';
import type { Config } from '../config.ts';
import { pickOrganization } from '../cli-context.ts';
import { DEMO_ORG_SLUG, loadDemo } from '../demo/load-demo.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { scrubOptions } from '../scrub-options.ts';
import { VERSION } from '../version.ts';

export function serveCommands(program: Command): void {
  program
    .command('start')
    .description('run medbill: migrate, load the demo practice on first run, serve the API')
    .action(async () => {
      const config = loadConfig(process.env, process.cwd());
      const { db } = await openAppDatabase(config);
      if ((await listOrganizations(db)).length === 0) {
        console.log('First run: loading the demo practice…');
        const loaded = await loadDemo(db, { today: new Date() });
        console.log(
          `Loaded ${loaded.counts.patients} patients and ${loaded.counts.encounters} encounters into organization "demo".`,
        );
      }
      await serve(config, db, DEMO_ORG_SLUG);
    });

  program
    .command('serve')
    .description('serve the API for one organization')
    .option('--org <slug>', 'the organization to serve (default: the only one)')
    .action(async (options: { org?: string }) => {
      const config = loadConfig(process.env, process.cwd());
      const { db } = await openAppDatabase(config);
      await serve(config, db, options.org);
    });
}

async function serve(config: Config, db: Database, slug: string | undefined): Promise<void> {
  const org = await pickOrganization(db, slug);
  const app = await buildApp({
    db,
    resolveContext: localOperatorResolver(org.id),
    version: VERSION,
    logger: true,
    ...(await scrubOptions(config)),
  });
  const url = await app.listen({ port: config.port, host: config.host });
  const shutdown = () => {
    void app
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  console.log(
    [
      '',
      `medbill ${VERSION} is running for ${org.name}.`,
      `  Open:      ${url}/`,
      `  API docs:  ${url}/docs`,
      `  Database:  ${describeDatabase(config)}`,
      `  Code sets: ${codeSetStatus(config)}`,
      '',
    ].join('\n'),
  );
}

function codeSetStatus(config: Config): string {
  return config.codesetsDir
    ? `MEDBILL_CODESETS_DIR is ${config.codesetsDir}; code-set import is not built yet, so codes are checked for shape only.`
    : 'none loaded. Codes are checked for shape only until the official files are loaded (set MEDBILL_CODESETS_DIR to a folder of CMS/CDC release files).';
}
