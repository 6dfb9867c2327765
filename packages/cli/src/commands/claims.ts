import type { Command } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { batchFile } from '@medbill/db';
import {
  audit,
  batchReadyClaims,
  buildClaimsFor,
  claimFormFileName,
  CodeSetCatalog,
  renderPaperClaim,
} from '@medbill/server';
import { cliContext, pickOrganization } from '../cli-context.ts';
import { loadConfig } from '../config.ts';
import { formatUsd } from '@medbill/core';
import type { Cents } from '@medbill/core';
import { openAppDatabase } from '../open-app-database.ts';
import { localToday, scrubOptions } from '../scrub-options.ts';
import { snapshotCacheDir } from '../snapshot-cache-dir.ts';
import { report } from '../output.ts';
import { rescrubStoredClaims } from '../rescrub-stored-claims.ts';

export function claimsCommand(program: Command): void {
  const claims = program
    .command('claims')
    .description('claims: build from encounters, scrub, batch, print');

  claims
    .command('build')
    .description('build draft claims from every unbilled encounter (or the ones named)')
    .option('--encounter <id...>', 'only these encounters')
    .option('--org <slug>', 'the organization (default: the only one)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { encounter?: string[]; org?: string; json?: boolean }) => {
      const config = loadConfig(process.env, process.cwd());
      const { db } = await openAppDatabase(config);
      const catalog = new CodeSetCatalog({ snapshotCache: snapshotCacheDir(config) });
      await catalog.loadLatest(db);
      const scrub = await scrubOptions(config, catalog);
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
          ...(result.selfPay.length > 0
            ? [
                `Charged ${result.selfPay.length} self-pay visit(s) to the patient, ${formatUsd(
                  result.selfPay.reduce((sum, v) => sum + v.totalCharge, 0) as Cents,
                )} (no coverage in force on the date of service; no claim).`,
                ...result.selfPay.map(
                  (v) =>
                    `  ${v.encounterId}\t${v.lines} line(s)\t${formatUsd(v.totalCharge as Cents)}`,
                ),
              ]
            : []),
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

  claims
    .command('scrub')
    .description(
      'scrub again every draft and ready claim (or the ones named): findings per claim; exit 1 when any would be rejected or denied',
    )
    .option('--claim <id...>', 'only these claims (draft or ready)')
    .option('--org <slug>', 'the organization (default: the only one)')
    .option('--json', 'print the findings per claim as JSON')
    .action((options: { claim?: string[]; org?: string; json?: boolean }) =>
      rescrubStoredClaims(options),
    );

  claims
    .command('batch')
    .description(
      'put every ready claim into 837P files, one per receiver, and write them to a folder',
    )
    .option('--out <dir>', 'where to write the files', '.')
    .option('--org <slug>', 'the organization (default: the only one)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { out: string; org?: string; json?: boolean }) => {
      const { db } = await openAppDatabase(loadConfig(process.env, process.cwd()));
      try {
        const ctx = cliContext(await pickOrganization(db, options.org));
        const result = await db.transaction((tx) =>
          batchReadyClaims(tx, ctx, 'all-ready', new Date()),
        );
        await mkdir(options.out, { recursive: true });
        const written: string[] = [];
        for (const batch of result.batches) {
          const file = await batchFile(db, ctx.orgId, batch.id);
          if (!file) continue;
          const path = resolve(options.out, file.name);
          await writeFile(path, file.text);
          written.push(path);
        }
        report(Boolean(options.json), { ...result, files: written }, [
          result.batches.length === 0
            ? 'No claim is ready: scrub drafts clean first (`medbill claims build` scrubs new ones).'
            : `Made ${result.batches.length} batch file(s):`,
          ...result.batches.map(
            (b, i) =>
              `  ${written[i] ?? b.fileName}	${b.receiver}	${b.claims} claim(s)	${formatUsd(b.totalCharge as Cents)}`,
          ),
        ]);
      } finally {
        await db.close();
      }
    });

  claims
    .command('form <claimId>')
    .description(
      'write a claim on its paper form, a CMS-1500 (02/12) or for a facility claim a UB-04 (CMS-1450) PDF: the form drawn, or with --red the data alone for pre-printed red forms',
    )
    .option('--red', 'data only, aligned to the pre-printed red OCR form')
    .option(
      '-o, --out <file>',
      'the PDF to write (default: <claim number>-cms1500.pdf or -ub04.pdf)',
    )
    .option('--org <slug>', 'the organization (default: the only one)')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        claimId: string,
        options: { red?: boolean; out?: string; org?: string; json?: boolean },
      ) => {
        const { db } = await openAppDatabase(loadConfig(process.env, process.cwd()));
        try {
          const ctx = cliContext(await pickOrganization(db, options.org));
          const mode = options.red ? 'red' : 'plain';
          const { claim, pdf, form } = await renderPaperClaim(
            db,
            ctx.orgId,
            claimId,
            mode,
            localToday(),
          );
          await audit(db, ctx, {
            action: 'read',
            entity: 'claim',
            entityId: claim.id,
            patientId: claim.patientId,
          });
          const path = resolve(options.out ?? claimFormFileName(claim, mode, form));
          await writeFile(path, pdf);
          report(
            Boolean(options.json),
            { claimId: claim.id, claimNumber: claim.claimNumber, form, mode, file: path },
            [
              `Wrote ${path}: claim ${claim.claimNumber} on the ${form === 'ub04' ? 'UB-04 (CMS-1450)' : 'CMS-1500 (02/12)'}, ${
                mode === 'red' ? 'data only for the pre-printed red form' : 'form drawn'
              }.`,
            ],
          );
        } finally {
          await db.close();
        }
      },
    );
}
