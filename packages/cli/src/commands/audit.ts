import type { Command } from 'commander';
import { listOrganizations, verifyAuditChain } from '@medbill/db';
import { pickOrganization } from '../cli-context.ts';
import { loadConfig } from '../config.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { report } from '../output.ts';

export function auditCommand(program: Command): void {
  const audit = program.command('audit').description('the audit trail of patient-data access');

  audit
    .command('verify')
    .description(
      'recompute the hash chain of the audit trail; exits 1 when a row was edited, inserted or removed',
    )
    .option('--org <slug>', 'one organization (default: every one)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { org?: string; json?: boolean }) => {
      const { db } = await openAppDatabase(loadConfig(process.env, process.cwd()));
      try {
        const orgs = options.org
          ? [await pickOrganization(db, options.org)]
          : await listOrganizations(db);
        const verdicts = [];
        for (const org of orgs) {
          verdicts.push({ org: org.slug, ...(await verifyAuditChain(db, org.id)) });
        }
        report(
          Boolean(options.json),
          verdicts,
          verdicts.map((v) =>
            v.ok
              ? `${v.org}: intact, ${v.checked} rows; head ${v.headHash ?? '(empty)'} — keep this hash elsewhere to prove later that no row was cut off the end.`
              : `${v.org}: BROKEN at row ${v.firstBroken?.seq ?? '?'} (${v.firstBroken?.reason ?? ''}); ${v.checked} rows before it are intact.`,
          ),
        );
        if (verdicts.some((v) => !v.ok)) process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}
