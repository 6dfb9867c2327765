import type { ClaimStatus, RuleCategory, ScrubIssue, Severity } from '@medbill/core';
import type { Queryable } from '../database.ts';
import { insertRows } from './rows.ts';

/**
 * Records scrubs: each claim's findings replace its earlier ones, and its status moves from the
 * one the scrub read to the one it decided, if the claim is still in the first (no lost updates);
 * four statements whatever the number of claims. Returns the ids of the claims moved. Call
 * inside the scrub's transaction.
 */
export async function recordScrubs(
  q: Queryable,
  orgId: string,
  scrubs: readonly {
    readonly claimId: string;
    readonly issues: readonly ScrubIssue[];
    readonly from: ClaimStatus;
    readonly status: ClaimStatus;
  }[],
): Promise<Set<string>> {
  const claimIds = scrubs.map((s) => s.claimId);
  if (claimIds.length === 0) return new Set();
  await q.query('delete from claim_scrub_issues where org_id = $1 and claim_id = any($2::uuid[])', [
    orgId,
    claimIds,
  ]);
  await insertRows(
    q,
    'claim_scrub_issues',
    scrubs.flatMap(({ claimId, issues }) =>
      issues.map((issue, i) => ({
        org_id: orgId,
        claim_id: claimId,
        position: i + 1,
        rule_id: issue.ruleId,
        category: issue.category,
        severity: issue.severity,
        message: issue.message,
        fix: issue.fix,
        source: issue.source,
        line: issue.location.scope === 'line' ? issue.location.line : null,
        field: issue.field,
      })),
    ),
  );
  const moved = await q.query<{ id: string }>(
    `update claims c set status = s.status, scrubbed_at = now(), updated_at = now()
     from unnest($2::uuid[], $3::text[], $4::text[]) as s(id, from_status, status)
     where c.org_id = $1 and c.id = s.id and c.status = s.from_status and s.status <> s.from_status
     returning c.id`,
    [orgId, claimIds, scrubs.map((s) => s.from), scrubs.map((s) => s.status)],
  );
  // The claims moved above carry this transaction's now() already.
  await q.query(
    'update claims set scrubbed_at = now() where org_id = $1 and id = any($2::uuid[]) and scrubbed_at is distinct from now()',
    [orgId, claimIds],
  );
  return new Set(moved.map((m) => m.id));
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
