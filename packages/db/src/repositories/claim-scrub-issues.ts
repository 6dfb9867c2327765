import type { RuleCategory, ScrubIssue, Severity } from '@medbill/core';
import type { Queryable } from '../database.ts';

/** Replaces a claim's findings with a new scrub's; call inside the scrub's transaction. */
export async function replaceScrubIssues(
  q: Queryable,
  orgId: string,
  claimId: string,
  issues: readonly ScrubIssue[],
): Promise<void> {
  await q.query('delete from claim_scrub_issues where org_id = $1 and claim_id = $2', [
    orgId,
    claimId,
  ]);
  if (issues.length > 0) {
    await q.query(
      `insert into claim_scrub_issues (org_id, claim_id, position, rule_id, category, severity, message, fix, source, line, field)
       select $1, $2, i.position, i.rule_id, i.category, i.severity, i.message, i.fix, i.source, nullif(i.line, 0), i.field
       from unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::text[])
         as i(position, rule_id, category, severity, message, fix, source, line, field)`,
      [
        orgId,
        claimId,
        issues.map((_, i) => i + 1),
        issues.map((i) => i.ruleId),
        issues.map((i) => i.category),
        issues.map((i) => i.severity),
        issues.map((i) => i.message),
        issues.map((i) => i.fix),
        issues.map((i) => i.source),
        issues.map((i) => (i.location.scope === 'line' ? i.location.line : 0)),
        issues.map((i) => i.field),
      ],
    );
  }
  await q.query('update claims set scrubbed_at = now() where org_id = $1 and id = $2', [
    orgId,
    claimId,
  ]);
}

export async function scrubIssuesFor(
  q: Queryable,
  orgId: string,
  claimId: string,
): Promise<ScrubIssue[]> {
  const rows = await q.query(
    'select * from claim_scrub_issues where org_id = $1 and claim_id = $2 order by position',
    [orgId, claimId],
  );
  return rows.map((row) => ({
    ruleId: String(row.rule_id),
    category: row.category as RuleCategory,
    severity: row.severity as Severity,
    message: String(row.message),
    fix: String(row.fix),
    source: String(row.source),
    location: row.line === null ? { scope: 'claim' } : { scope: 'line', line: Number(row.line) },
    field: String(row.field),
  }));
}
