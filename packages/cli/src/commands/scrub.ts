import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CLAIM_DATA_RULES, builtInRules, ruleCatalogueMarkdown, scrubClaim } from '@medbill/core';
import type { ScrubIssue, ScrubRule } from '@medbill/core';
import { CodeSetCatalog } from '@medbill/server';
import { loadConfig } from '../config.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { report } from '../output.ts';
import { readClaimsToScrub } from '../scrub-file-claims.ts';
import { rescrubStoredClaims } from '../rescrub-stored-claims.ts';
import { localToday } from '../scrub-options.ts';

const describe = (claim: string, issue: ScrubIssue, where?: string) =>
  `${claim}${issue.location.scope === 'line' ? ` line ${issue.location.line}` : ''}${where ? ` (${where})` : ''}: ${issue.severity.toUpperCase()} ${issue.ruleId} ${issue.message} → ${issue.fix}`;

export function scrubCommand(program: Command): void {
  program
    .command('scrub')
    .argument('[file]', 'an 837P or 837I file to scrub before forwarding it')
    .option('--claim <id...>', 'scrub these stored claims')
    .option('--all', 'scrub every stored claim not yet sent (draft and ready)')
    .option('--rules', 'list every built-in rule (Markdown, or JSON with --json)')
    .option('--org <slug>', 'the organization (default: the only one)')
    .option('--json', 'print the findings as JSON')
    .description(
      'scrub claims: every finding with its rule, location, and fix; exit 1 when any would be rejected or denied',
    )
    .action(
      async (
        file: string | undefined,
        options: { claim?: string[]; all?: boolean; rules?: boolean; org?: string; json?: boolean },
      ) => {
        if (options.rules) {
          const rules = builtInRules().map(({ id, severity, category, title, source }) => ({
            id,
            severity,
            category,
            title,
            source,
          }));
          process.stdout.write(
            options.json
              ? `${JSON.stringify(rules, null, 2)}\n`
              : ruleCatalogueMarkdown(builtInRules()),
          );
          return;
        }
        if (file) {
          const { claims, issues } = readClaimsToScrub(await readFile(file, 'latin1'));
          const today = localToday();
          const codeRules = await loadedCodeRules();
          const results = claims.map(({ claim, at, lineAt }) => {
            const found = scrubClaim(claim, { today }, [...CLAIM_DATA_RULES, ...codeRules]);
            return {
              claimNumber: claim.claimNumber,
              kind: claim.kind,
              x12: `segment ${at.index + 1}`,
              issues: found.map((i) => {
                const line = i.location.scope === 'line' ? lineAt[i.location.line - 1] : undefined;
                return line ? { ...i, x12: `segment ${line.at.index + 1} ${line.segment}` } : i;
              }),
            };
          });
          const structural = issues.filter((i) => i.severity === 'error');
          report(Boolean(options.json), { file, claims: results, x12Errors: structural }, [
            ...structural.map(
              (i) => `${file}: X12 segment ${i.segmentIndex} ${i.segmentId}: ${i.message}`,
            ),
            ...results.flatMap((r) =>
              r.issues.map((i) => describe(r.claimNumber, i, 'x12' in i ? String(i.x12) : r.x12)),
            ),
            `${results.length} claim(s) scrubbed, ${results.reduce((n, r) => n + r.issues.length, 0)} finding(s).`,
          ]);
          if (
            structural.length > 0 ||
            results.some((r) => r.issues.some((i) => i.severity !== 'warn'))
          )
            process.exitCode = 1;
          return;
        }
        if (!options.all && !options.claim?.length)
          throw new Error('Name an 837P or 837I file, --claim <id…>, or --all.');
        await rescrubStoredClaims(options);
      },
    );
}

/** The code-set rules of the code sets imported in the configured database, if any. */
async function loadedCodeRules(): Promise<readonly ScrubRule[]> {
  const { db } = await openAppDatabase(loadConfig(process.env, process.cwd()));
  try {
    const catalog = new CodeSetCatalog();
    await catalog.loadLatest(db);
    return catalog.loaded?.scrubRules ?? [];
  } finally {
    await db.close();
  }
}
