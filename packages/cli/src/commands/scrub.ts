import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CLAIM_DATA_RULES, scrubClaim } from '@medbill/core';
import type { IsoDate, ScrubClaim, ScrubIssue, ScrubRule } from '@medbill/core';
import { allItems, listClaims } from '@medbill/db';
import { CodeSetCatalog, scrubStoredClaim } from '@medbill/server';
import { read837p } from '@medbill/x12';
import type { ProfessionalClaim } from '@medbill/x12';
import { cliContext, pickOrganization } from '../cli-context.ts';
import { loadConfig } from '../config.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { report } from '../output.ts';
import { localToday, scrubOptions } from '../scrub-options.ts';

const describe = (claim: string, issue: ScrubIssue, where?: string) =>
  `${claim}${issue.location.scope === 'line' ? ` line ${issue.location.line}` : ''}${where ? ` (${where})` : ''}: ${issue.severity.toUpperCase()} ${issue.ruleId} ${issue.message} → ${issue.fix}`;

/** A claim read from an 837P as the scrubber sees it; values the file does not carry stay absent. */
export function scrubClaimFromFile(claim: ProfessionalClaim): ScrubClaim {
  const billing = claim.billingProvider;
  const patient = claim.patient;
  const subscriber = claim.subscriber;
  const dates = claim.lines
    .map((l) => l.serviceFrom)
    .filter((d): d is IsoDate => d !== undefined)
    .sort();
  const first = (dates[0] ?? '1900-01-01') as IsoDate;
  const last = dates[dates.length - 1] ?? first;
  return {
    claimNumber: claim.claimId,
    kind: 'professional',
    frequency: claim.frequency,
    ...(claim.payerClaimControlNumber ? { payerClaimNumber: claim.payerClaimControlNumber } : {}),
    billingProvider: {
      name: billing.lastName,
      npi: billing.idQualifier === 'XX' ? (billing.id ?? '') : '',
      tin: billing.taxId ?? '',
      ...(billing.taxonomy ? { taxonomy: billing.taxonomy } : {}),
      zip: billing.address?.postalCode ?? '',
    },
    ...(claim.renderingProvider?.id
      ? { renderingProvider: { npi: claim.renderingProvider.id } }
      : {}),
    payer: {
      name: claim.payer.lastName,
      payerId: claim.payer.id ?? '',
      claimFilingIndicator: subscriber.filingIndicator ?? '',
    },
    subscriber: {
      memberId: subscriber.id ?? '',
      lastName: subscriber.lastName,
      ...(subscriber.firstName ? { firstName: subscriber.firstName } : {}),
      ...(subscriber.birthDate ? { dateOfBirth: subscriber.birthDate } : {}),
    },
    relationship: patient ? patient.relationship : (subscriber.relationship ?? '18'),
    patient: {
      accountNumber: claim.claimId,
      dateOfBirth: (patient?.birthDate ?? subscriber.birthDate ?? '1900-01-01') as IsoDate,
      sex: (patient?.gender ?? subscriber.gender ?? 'U') as 'M' | 'F' | 'U',
    },
    placeOfService: claim.placeOfService,
    serviceDateFrom: first,
    serviceDateTo: last,
    diagnoses: claim.diagnoses.map((d) => d.code),
    lines: claim.lines.map((l) => ({
      procedure: {
        system: /^[A-Z]/.test(l.procedure.code) ? 'hcpcs' : 'cpt',
        code: l.procedure.code,
      },
      modifiers: l.procedure.modifiers,
      units: l.units ?? 1,
      charge: l.charge,
      diagnosisPointers: l.diagnosisPointers,
      serviceDate: l.serviceFrom ?? first,
      ...(l.placeOfService ? { placeOfService: l.placeOfService } : {}),
    })),
  };
}

export function scrubCommand(program: Command): void {
  program
    .command('scrub')
    .argument('[file]', 'an 837P file to scrub before forwarding it')
    .option('--claim <id...>', 'scrub these stored claims')
    .option('--all', 'scrub every stored claim not yet sent (draft and ready)')
    .option('--org <slug>', 'the organization (default: the only one)')
    .option('--json', 'print the findings as JSON')
    .description(
      'scrub claims: every finding with its rule, location, and fix; exit 1 when any would be rejected or denied',
    )
    .action(
      async (
        file: string | undefined,
        options: { claim?: string[]; all?: boolean; org?: string; json?: boolean },
      ) => {
        if (file) {
          const { claims, issues } = read837p(await readFile(file, 'latin1'));
          const today = localToday();
          const codeRules = await loadedCodeRules();
          const results = claims.map((claim) => {
            const found = scrubClaim(scrubClaimFromFile(claim), { today }, [
              ...CLAIM_DATA_RULES,
              ...codeRules,
            ]);
            return {
              claimNumber: claim.claimId,
              x12: `segment ${claim.at.index + 1}`,
              issues: found.map((i) => ({
                ...i,
                ...(i.location.scope === 'line'
                  ? {
                      x12: `segment ${(claim.lines[i.location.line - 1]?.at.index ?? 0) + 1} SV1`,
                    }
                  : {}),
              })),
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
        const config = loadConfig(process.env, process.cwd());
        const scrub = await scrubOptions(config);
        const { db } = await openAppDatabase(config);
        try {
          const ctx = cliContext(await pickOrganization(db, options.org));
          const ids = options.claim ?? (options.all ? await unsentClaimIds(db, ctx.orgId) : []);
          if (ids.length === 0) throw new Error('Name an 837P file, --claim <id…>, or --all.');
          const outcomes = [];
          for (const id of ids)
            outcomes.push(await db.transaction((tx) => scrubStoredClaim(tx, ctx, id, scrub)));
          report(Boolean(options.json), outcomes, [
            ...outcomes.flatMap((o) => o.issues.map((i) => describe(o.claimNumber, i))),
            `${outcomes.length} claim(s) scrubbed: ${outcomes.filter((o) => o.status === 'ready').length} ready, ${outcomes.filter((o) => o.status === 'draft').length} held in draft.`,
          ]);
          if (outcomes.some((o) => o.issues.some((i) => i.severity !== 'warn')))
            process.exitCode = 1;
        } finally {
          await db.close();
        }
      },
    );
}

async function unsentClaimIds(
  db: Parameters<typeof listClaims>[0],
  orgId: string,
): Promise<string[]> {
  const drafts = await allItems((page) => listClaims(db, orgId, { status: 'draft' }, page));
  const ready = await allItems((page) => listClaims(db, orgId, { status: 'ready' }, page));
  return [...drafts, ...ready].map((c) => c.id);
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
