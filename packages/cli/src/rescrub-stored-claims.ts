import { CodeSetCatalog, rescrubUnsentClaims } from '@medbill/server';
import { cliContext, pickOrganization } from './cli-context.ts';
import { loadConfig } from './config.ts';
import { openAppDatabase } from './open-app-database.ts';
import { report } from './output.ts';
import { scrubOptions } from './scrub-options.ts';
import { snapshotCacheDir } from './snapshot-cache-dir.ts';

/**
 * Scrubs the stored unsent claims again (all draft and ready ones, or those named) and prints the
 * findings per claim; exit code 1 when any would be rejected or denied. `medbill claims scrub`
 * and `medbill scrub --all|--claim` are this one job.
 */
export async function rescrubStoredClaims(options: {
  readonly claim?: readonly string[];
  readonly org?: string;
  readonly json?: boolean;
}): Promise<void> {
  const config = loadConfig(process.env, process.cwd());
  const { db } = await openAppDatabase(config);
  try {
    const catalog = new CodeSetCatalog({ snapshotCache: snapshotCacheDir(config) });
    await catalog.loadLatest(db);
    const scrub = await scrubOptions(config, catalog);
    const ctx = cliContext(await pickOrganization(db, options.org));
    const outcomes = await db.transaction((tx) =>
      rescrubUnsentClaims(tx, ctx, scrub, options.claim),
    );
    const count = (status: string) => outcomes.filter((o) => o.status === status).length;
    report(Boolean(options.json), { claims: outcomes }, [
      ...outcomes.flatMap((o) => [
        `${o.claimNumber}\t${o.status}\t${o.issues.length} finding(s)`,
        ...o.issues.map(
          (i) =>
            `  ${i.severity.toUpperCase()} ${i.ruleId}${i.location.scope === 'line' ? ` line ${i.location.line}` : ''}: ${i.message} → ${i.fix}`,
        ),
      ]),
      `${outcomes.length} claim(s) scrubbed: ${count('ready')} ready, ${count('draft')} held in draft.`,
    ]);
    if (outcomes.some((o) => o.issues.some((i) => i.severity !== 'warn'))) process.exitCode = 1;
  } finally {
    await db.close();
  }
}
