import type { Command } from 'commander';
import { encoderSearch, looksLikeIcd10pcsCode } from '@medbill/codes';
import type { CodeSets, SearchSystem } from '@medbill/codes';
import { parseIcd10cm, parseIsoDate } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import {
  CodeSetCatalog,
  diagnosisDetail,
  encoderHit,
  importCodeSetFiles,
  importCodeSetPaths,
  procedureCodeDetail,
  procedureDetail,
} from '@medbill/server';
import type { CodeSetImportResult } from '@medbill/server';
import { fetchReleases } from '../codes-fetch/fetch-releases.ts';
import { readManifestFile } from '../codes-fetch/manifest-file.ts';
import { loadConfig } from '../config.ts';
import { snapshotCacheDir } from '../snapshot-cache-dir.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { report } from '../output.ts';
import { progressPrinter } from '../progress.ts';
import { localToday } from '../scrub-options.ts';

async function withCatalog<T>(
  run: (
    catalog: CodeSetCatalog,
    db: Awaited<ReturnType<typeof openAppDatabase>>['db'],
  ) => Promise<T>,
): Promise<T> {
  const config = loadConfig(process.env, process.cwd());
  const catalog = new CodeSetCatalog({ snapshotCache: snapshotCacheDir(config) });
  catalog.prefetch();
  const { db } = await openAppDatabase(config);
  try {
    await catalog.loadLatest(db);
    return await run(catalog, db);
  } finally {
    await db.close();
  }
}

function dateOption(text: string | undefined): IsoDate {
  if (text === undefined) return localToday();
  const parsed = parseIsoDate(text);
  if (!parsed.ok) throw new Error(`--date: ${parsed.error}`);
  return parsed.value;
}

const SYSTEMS: readonly SearchSystem[] = ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'];

function systemOption(text: string | undefined): SearchSystem | undefined {
  if (text === undefined) return undefined;
  const system = SYSTEMS.find((s) => s === text.toLowerCase());
  if (!system) throw new Error(`--system: expected one of ${SYSTEMS.join(', ')}, found "${text}"`);
  return system;
}

/**
 * The code system of a code typed without one. A PCS code typed is told by its shape (starts
 * with a digit, or seven characters) and must be in a loaded PCS release, so that an ICD-10-CM
 * code of the same shape is still read as a diagnosis.
 */
function systemOfCode(codeSets: CodeSets, typed: string): SearchSystem {
  const code = typed.trim().toUpperCase();
  if (/^\d{4}[0-9FTU]$/.test(code)) return 'cpt';
  if (/^[A-V]\d{4}$/.test(code)) return 'hcpcs';
  const pcs = codeSets.icd10pcs?.codes;
  const inPcs = () => pcs?.data.releases.some((_, r) => pcs.statusIn(code, r) !== 0) ?? false;
  return looksLikeIcd10pcsCode(code) && (/^\d/.test(code) || inPcs()) ? 'icd10pcs' : 'icd10cm';
}

const NOT_LOADED =
  'No code sets are loaded: import them with `medbill codes import <folder or zip>`.';

export function codesCommand(program: Command): void {
  const codes = program.command('codes').description('official code sets: import, search, look up');

  codes
    .command('import')
    .argument('<paths...>', 'release files as published: folders, zips or single files')
    .option('--json', 'print the result as JSON')
    .description('import CMS/CDC/NUCC release files next to those already imported (idempotent)')
    .action(async (paths: string[], options: { json?: boolean }) => {
      const result = await withCatalog((catalog, db) =>
        importCodeSetPaths(db, catalog, paths, options.json ? () => undefined : progressPrinter()),
      );
      report(Boolean(options.json), result, importLines(result));
    });

  codes
    .command('fetch')
    .option('--manifest <file.json>', 'the releases to fetch (default: the built-in manifest)')
    .option('--mirror <url>', 'fetch <url>/<host>/<path> instead of each official URL')
    .option('--json', 'print the result as JSON')
    .description(
      'download the official releases (CDC, CMS, NUCC), check each against its SHA-256, import them',
    )
    .action(async (options: { manifest?: string; mirror?: string; json?: boolean }) => {
      const quiet = Boolean(options.json);
      const fetched = await fetchReleases({
        ...(options.manifest ? { manifest: await readManifestFile(options.manifest) } : {}),
        ...(options.mirror ? { mirror: options.mirror } : {}),
        onProgress: quiet ? () => undefined : (line) => console.log(`fetching ${line}`),
      });
      const result = await withCatalog((catalog, db) =>
        importCodeSetFiles(db, catalog, fetched.files, quiet ? () => undefined : progressPrinter()),
      );
      report(quiet, { ...result, unverified: fetched.unverified }, [
        ...importLines(result),
        ...fetched.unverified.map((name) => `Not checked against a known SHA-256: ${name}`),
      ]);
    });

  codes
    .command('releases')
    .option('--json', 'print the result as JSON')
    .description('list the releases loaded')
    .action(async (options: { json?: boolean }) => {
      const releases = await withCatalog((catalog) =>
        Promise.resolve(catalog.loaded?.releases ?? []),
      );
      report(
        Boolean(options.json),
        releases,
        releases.length === 0
          ? [NOT_LOADED]
          : releases.map(
              (r) =>
                `${r.system}\t${r.version}\t${r.effectiveFrom} to ${r.effectiveTo ?? 'open'}\t${r.entries}`,
            ),
      );
    });

  codes
    .command('search')
    .argument('<text>', 'what the note says, or a code')
    .option('--date <YYYY-MM-DD>', 'date of service (default: today)')
    .option(
      '--system <system>',
      'icd10cm, icd10pcs, hcpcs or cpt (default: all but icd10pcs, which answers a PCS code typed)',
    )
    .option('--limit <n>', 'how many', '10')
    .option('--json', 'print the result as JSON')
    .description('search the encoder as a coder types')
    .action(
      async (
        text: string,
        options: { date?: string; system?: string; limit: string; json?: boolean },
      ) => {
        const dos = dateOption(options.date);
        const system = systemOption(options.system);
        const hits = await withCatalog((catalog) => {
          const loaded = catalog.loaded;
          if (!loaded) throw new Error(NOT_LOADED);
          const found = encoderSearch(loaded.encoder, text, {
            limit: Number(options.limit) || 10,
            ...(system ? { system } : {}),
          });
          return Promise.resolve(
            found.map((hit) => encoderHit(loaded.codeSets, hit.system, hit, dos)),
          );
        });
        report(Boolean(options.json), { query: text, dateOfService: dos, hits }, [
          ...hits.map(
            (h) =>
              `${h.display.padEnd(8)} ${h.billable ? 'billable' : '        '} ${h.system.padEnd(8)} ${h.title}${h.hint ? `\n${' '.repeat(26)}↳ ${h.hint}` : ''}`,
          ),
          ...(hits.length === 0 ? [`No codes match "${text}".`] : []),
        ]);
      },
    );

  codes
    .command('show')
    .argument('<code>', 'an ICD-10-CM, ICD-10-PCS, CPT or HCPCS code')
    .option('--system <system>', 'icd10cm, icd10pcs, hcpcs or cpt (default: told by the code)')
    .option('--date <YYYY-MM-DD>', 'date of service (default: today)')
    .option('--locality <MAC-LL>', 'Medicare locality for the allowed amount, e.g. 15202-99')
    .option('--json', 'print the result as JSON')
    .description(
      'show a code on a date of service: validity, notes, 7th character; PCS table; RVUs, edits',
    )
    .action(
      async (
        code: string,
        options: { date?: string; locality?: string; system?: string; json?: boolean },
      ) => {
        const dos = dateOption(options.date);
        const lines: string[] = [];
        const detail = await withCatalog<unknown>((catalog) => {
          const loaded = catalog.loaded;
          if (!loaded) throw new Error(NOT_LOADED);
          const system = systemOption(options.system) ?? systemOfCode(loaded.codeSets, code);
          if (system === 'icd10pcs') {
            const found = procedureCodeDetail(loaded.codeSets, code, dos);
            lines.push(
              ...(found
                ? icd10pcsLines(found, dos)
                : [
                    'No ICD-10-PCS release is loaded: import the CMS order file zip with `medbill codes import`.',
                  ]),
            );
            return Promise.resolve(found);
          }
          const icd = parseIcd10cm(code);
          if (system === 'icd10cm' && icd.ok) {
            const found = diagnosisDetail(loaded.codeSets, icd.value, dos);
            if (found) {
              const l = found.lookup;
              lines.push(
                `${found.display} on ${dos}: ${l.status === 'valid' ? `${l.billable ? 'billable' : 'not billable (a heading)'} in ${l.release.version}: ${l.longTitle}` : l.message}`,
              );
              lines.push(
                ...found.hierarchy.map((h) => `  ${h.kind.padEnd(11)} ${h.name} ${h.title}`),
              );
              lines.push(...found.notes.map((n) => `  ${n.kind} (at ${n.at}): ${n.text}`));
              if (found.seventhCharacter.required)
                lines.push(
                  `  7th character required (defined at ${found.seventhCharacter.definedAt}): ${found.seventhCharacter.values.map((v) => `${v.character} ${v.meaning}`).join('; ')}`,
                );
              lines.push(...found.messages.map((m) => `  ! ${m}`));
            }
            return Promise.resolve(found);
          }
          const found = procedureDetail(
            loaded.codeSets,
            code.trim().toUpperCase(),
            dos,
            options.locality,
          );
          lines.push(
            `${found.code} (${found.system.toUpperCase()}) on ${dos}: fee schedule ${found.feeSchedule?.release ?? 'not loaded'}`,
          );
          if (found.cpt) {
            lines.push(
              `  ${found.cpt.release}: ${found.cpt.descriptor?.long ?? found.cpt.descriptor?.short ?? 'not a code of this year'}`,
            );
          }
          for (const row of found.feeSchedule?.rows ?? []) {
            lines.push(
              `  ${row.modifier || '--'} status ${row.status} work ${row.workRvu} PE ${row.nonFacilityPeRvu}/${row.facilityPeRvu} MP ${row.mpRvu} PC/TC ${row.pctcIndicator} global ${row.globalDays} mult ${row.multipleProcedure} bilat ${row.bilateralSurgery}`,
            );
          }
          if (found.medicareAllowed) {
            for (const [setting, allowed] of [
              ['non-facility', found.medicareAllowed.nonFacility],
              ['facility', found.medicareAllowed.facility],
            ] as const) {
              lines.push(
                `  Medicare allowed ${setting} in ${found.medicareAllowed.locality}: ${allowed.priced ? `${(allowed.amount / 100).toFixed(2)} (${allowed.arithmetic})` : allowed.message}`,
              );
            }
          }
          if (found.mue && 'mue' in found.mue)
            lines.push(`  MUE ${found.mue.mue.value} (indicator ${found.mue.mue.indicator})`);
          return Promise.resolve(found);
        });
        report(
          Boolean(options.json),
          detail,
          lines.length > 0 ? lines : [`No such code loaded: ${code}`],
        );
      },
    );
}

function icd10pcsLines(
  found: NonNullable<ReturnType<typeof procedureCodeDetail>>,
  dos: IsoDate,
): string[] {
  const l = found.lookup;
  return [
    `${found.display} (ICD-10-PCS) on ${dos}: ${l.status === 'valid' ? `${l.billable ? 'valid for submission' : 'a table heading, not valid for submission'} in ${l.release.version}: ${l.longTitle}` : l.message}`,
    ...(found.table ? [`  table ${found.table.code}: ${found.table.title} (characters 1-3)`] : []),
    ...(found.codesUnder
      ? [
          `  ${found.codesUnder.count} valid codes start with ${found.code}: ${found.codesUnder.first.join(', ')}${found.codesUnder.count > found.codesUnder.first.length ? ', …' : ''}`,
        ]
      : []),
    ...found.messages.map((m) => `  ! ${m}`),
  ];
}

function importLines(result: CodeSetImportResult): string[] {
  return [
    result.changed
      ? `Imported ${result.newFiles.length} new file(s) in ${result.seconds.toFixed(1)} s; ${result.releases.length} releases loaded:`
      : 'These files were already imported; nothing changed. Releases loaded:',
    ...result.releases.map(
      (r) =>
        `  ${r.system.padEnd(9)} ${r.version.padEnd(11)} ${r.effectiveFrom} to ${r.effectiveTo ?? 'open'}\t${r.entries} entries`,
    ),
    ...(result.skipped.length > 0
      ? [
          `Skipped ${result.skipped.length} file(s) no importer reads (documentation, schemas, addenda).`,
        ]
      : []),
  ];
}
