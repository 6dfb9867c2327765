import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildApp, CodeSetCatalog, defaultAuthSettings, importCodeSetPaths } from '@medbill/server';
import { countUsers, listOrganizations } from '@medbill/db';
import type { Database } from '@medbill/db';
import { describeDatabase, loadConfig } from '../config.ts';
import { snapshotCacheDir } from '../snapshot-cache-dir.ts';
import { fetchCodeSetsWhenNoneLoaded } from '../codes-fetch/fetch-when-none-loaded.ts';
import type { Config } from '../config.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoAccounts } from '../demo/demo-accounts.ts';
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
      const catalog = new CodeSetCatalog({ snapshotCache: snapshotCacheDir(config) });
      catalog.prefetch();
      const { db } = await openAppDatabase(config);
      const orgs = await listOrganizations(db);
      if (orgs.length === 0) {
        console.log('First run: loading the demo practice…');
        const loaded = await loadDemo(db, { today: new Date() });
        console.log(
          `Loaded ${loaded.counts.patients} patients, ${loaded.counts.encounters} encounters and ${loaded.counts.facilityBills} facility bills into organization "demo".`,
        );
      } else {
        // A demo loaded before accounts existed gets its demo accounts now.
        const demo = orgs.find((org) => org.slug === DEMO_ORG_SLUG);
        if (demo) await ensureDemoAccounts(db, demo.id);
      }
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
      } else if (!catalog.loaded) {
        await fetchCodeSetsWhenNoneLoaded(db, catalog);
      }
      await serve(config, db, catalog);
    });

  program
    .command('serve')
    .description('serve the workspace and the API to signed-in accounts of every organization')
    .action(async () => {
      const config = loadConfig(process.env, process.cwd());
      const catalog = new CodeSetCatalog({ snapshotCache: snapshotCacheDir(config) });
      catalog.prefetch();
      const { db } = await openAppDatabase(config);
      await catalog.loadLatest(db);
      await serve(config, db, catalog);
    });
}

async function serve(config: Config, db: Database, catalog: CodeSetCatalog): Promise<void> {
  const orgs = await listOrganizations(db);
  if (orgs.length === 0) {
    throw new Error(
      'No organization yet: create one with `medbill org create "<name>" --slug <slug>` or load the demo with `medbill demo`.',
    );
  }
  if ((await countUsers(db)) === 0) {
    throw new Error(
      `Nobody can sign in yet: create the first account with \`medbill users add --org ${orgs[0]?.slug ?? '<slug>'} --email <address> --name "<name>" --role admin\` (it asks for the password).`,
    );
  }
  const app = await buildApp({
    db,
    codeSets: catalog,
    auth: { ...defaultAuthSettings, idleTimeoutMinutes: config.idleTimeoutMinutes },
    version: VERSION,
    logger: true,
    ...(await scrubOptions(config)),
    webRoot: fileURLToPath(new URL('../../../web/dist', import.meta.url)),
  });
  const url = await app.listen({ port: config.port, host: config.host });
  // The encoder index and the stores are decoded after listening, not before (see warmUp).
  catalog.warmUp({
    // The embedded engine gathers no planner statistics by itself (see AutoAnalyze): refresh them
    // once at start for data loaded since the last run, once the first requests are answered
    // (PGlite runs on this thread: 0.2 s of ANALYZE would hold up the first sign-in).
    then: () => {
      if (db.kind === 'pglite') void db.exec('ANALYZE').catch(() => undefined);
    },
  });
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
      `medbill ${VERSION} is running for ${orgs.map((org) => org.name).join(', ')}.`,
      `  Open:      ${url}/`,
      `  API docs:  ${url}/docs`,
      `  Database:  ${describeDatabase(config)}`,
      `  Code sets: ${codeSetStatus(catalog)}`,
      ...(orgs.some((org) => org.slug === DEMO_ORG_SLUG) ? demoAccountLines() : []),
      '',
    ].join('\n'),
  );
}

function demoAccountLines(): string[] {
  return [
    `  Demo sign-in (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}`,
  ];
}

function codeSetStatus(catalog: CodeSetCatalog): string {
  const releases = catalog.loaded?.releases;
  if (!releases || releases.length === 0) {
    return [
      'none loaded: diagnosis and procedure codes are checked for shape only.',
      '             Download the official CMS/CDC release files with `npm run medbill -- codes fetch`,',
      '             load them from a folder with `npm run medbill -- codes import <folder or zip>`,',
      '             or set MEDBILL_CODESETS_DIR to that folder before the first start.',
    ].join('\n');
  }
  const newest = new Map(releases.map((r) => [r.system, r.version]));
  return [...newest].map(([system, version]) => `${system} ${version}`).join(', ');
}
