import type { Command } from 'commander';
import {
  buildApp,
  CodeSetCatalog,
  importCodeSetPaths,
  localOperatorResolver,
} from '@medbill/server';
import { listOrganizations } from '@medbill/db';
import type { Database } from '@medbill/db';
import { describeDatabase, loadConfig } from '../config.ts';
import type { Config } from '../config.ts';
import { pickOrganization } from '../cli-context.ts';
import { DEMO_ORG_SLUG, loadDemo } from '../demo/load-demo.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { scrubOptions } from '../scrub-options.ts';
import { progressPrinter } from '../progress.ts';
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
      const catalog = new CodeSetCatalog();
      if (!(await catalog.loadLatest(db)) && config.codesetsDir) {
        console.log(`First run: importing the official code sets from ${config.codesetsDir}…`);
        const result = await importCodeSetPaths(
          db,
          catalog,
          [config.codesetsDir],
          progressPrinter(),
        );
        console.log(
          `Imported ${result.releases.length} code-set releases in ${result.seconds.toFixed(1)} s.`,
        );
      }
      await serve(config, db, DEMO_ORG_SLUG, catalog);
    });

  program
    .command('serve')
    .description('serve the API for one organization')
    .option('--org <slug>', 'the organization to serve (default: the only one)')
    .action(async (options: { org?: string }) => {
      const config = loadConfig(process.env, process.cwd());
      const { db } = await openAppDatabase(config);
      const catalog = new CodeSetCatalog();
      await catalog.loadLatest(db);
      await serve(config, db, options.org, catalog);
    });
}

async function serve(
  config: Config,
  db: Database,
  slug: string | undefined,
  catalog: CodeSetCatalog,
): Promise<void> {
  const org = await pickOrganization(db, slug);
  catalog.prepareSearch();
  const app = await buildApp({
    db,
    codeSets: catalog,
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
      `  Code sets: ${codeSetStatus(catalog)}`,
      '',
    ].join('\n'),
  );
}

function codeSetStatus(catalog: CodeSetCatalog): string {
  const releases = catalog.loaded?.releases;
  if (!releases || releases.length === 0) {
    return [
      'none loaded: diagnosis and procedure codes are checked for shape only.',
      '             Load the official CMS/CDC release files with `npm run medbill -- codes import <folder or zip>`,',
      '             or set MEDBILL_CODESETS_DIR to that folder before the first start.',
    ].join('\n');
  }
  const newest = new Map(releases.map((r) => [r.system, r.version]));
  return [...newest].map(([system, version]) => `${system} ${version}`).join(', ');
}
