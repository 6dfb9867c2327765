import { Anchor, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ScrubFindings } from '../coding/scrub-findings.tsx';
import { formatCents, statusLabel } from '../format.ts';
import { useUser } from '../session/session-context.ts';
import { navItemsFor } from '../shell/nav-items.ts';
import { can } from '../shell/permissions.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import type { FacilityBill } from './facility-bill.ts';
import { useBillClaim, useBuildBillClaim } from './use-facility-bills.ts';

/**
 * The bill's institutional claim (837I): build it from the saved bill, then its link and what
 * the scrubber found on it. The claim bills the bill as saved: save the edits first.
 */
export function BillClaim({
  bill,
  dirty,
}: {
  readonly bill: FacilityBill;
  readonly dirty: boolean;
}) {
  const roles = useUser().roles;
  const readsClaims = navItemsFor(roles).some((item) => item.path === '/claims');
  const build = useBuildBillClaim(bill.id);
  const claim = useBillClaim(bill, readsClaims);
  const skipped = build.data?.skipped ?? [];

  return (
    <Stack gap={6} role="region" aria-label="Claim">
      <Group gap="xs">
        <Text size="sm" fw={700}>
          Claim (837I)
        </Text>
        {bill.status !== 'billed' && can(roles, 'claims:write') && (
          <Button
            size="compact-sm"
            disabled={dirty}
            title={dirty ? 'Save the bill first' : undefined}
            loading={build.isPending}
            onClick={() => build.mutate()}
          >
            Build claim
          </Button>
        )}
        {claim.isFetching && <Loader size={12} />}
      </Group>
      {bill.status !== 'billed' && (
        <Text size="sm" c="dimmed">
          Not billed yet: the claim goes to the patient’s primary coverage in force on the
          statement’s first day.
        </Text>
      )}
      {skipped.map((s) => (
        <Text key={s.encounterId} size="sm" c="orange.9" role="status">
          Not billed: {s.reason}
        </Text>
      ))}
      <ProblemAlert error={build.error ?? claim.error} title="The claim was not built" />
      {claim.data && (
        <>
          <Group gap="xs">
            <Anchor component={Link} to={`/claims/${claim.data.id}`} size="sm" fw={600}>
              Claim {claim.data.claimNumber}
            </Anchor>
            <Badge size="sm" variant="light">
              {statusLabel(claim.data.status)}
            </Badge>
            <Text size="sm">{formatCents(claim.data.totalCharge)}</Text>
          </Group>
          <ScrubFindings
            preview={{
              claims: [{ payerId: claim.data.payerId, issues: claim.data.issues }],
              skipped: [],
            }}
            error={undefined}
            fetching={false}
          />
        </>
      )}
      {bill.status === 'billed' && claim.data === null && (
        <Text size="sm" c="dimmed">
          Billed; its claim is not among the patient’s claims for this statement.
        </Text>
      )}
    </Stack>
  );
}
