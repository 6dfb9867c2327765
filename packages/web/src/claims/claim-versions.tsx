import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ClaimDetail } from '../api/types.ts';
import { statusLabel } from '../format.ts';
import { statusColor } from './status-color.ts';
import { useClaim } from './use-claims.ts';

export const FREQUENCY = { '1': 'original', '7': 'replacement', '8': 'void' } as const;

/** How many earlier versions the chain follows (a claim is rarely corrected more than twice). */
const MAX_EARLIER = 8;

/**
 * The claim's versions, newest first: the one that replaced it (if any), itself, and the ones
 * it replaced, each a link.
 */
export function ClaimVersions({ claim }: { readonly claim: ClaimDetail }) {
  if (!claim.previousVersionId && !claim.replacedBy) {
    return (
      <Text size="xs" c="dimmed">
        The only version.
      </Text>
    );
  }
  return (
    <Stack gap={2} role="list" aria-label="Claim versions">
      {claim.replacedBy && (
        <Group gap={6} role="listitem">
          <Text size="xs" c="dimmed" w={80}>
            replaced by
          </Text>
          <Anchor component={Link} to={`/claims/${claim.replacedBy.id}`} size="sm" ff="monospace">
            {claim.replacedBy.claimNumber}
          </Anchor>
          <Text size="xs">{FREQUENCY[claim.replacedBy.frequency]}</Text>
        </Group>
      )}
      <VersionRow claim={claim} current />
      {claim.previousVersionId && <EarlierVersion id={claim.previousVersionId} depth={1} />}
    </Stack>
  );
}

function EarlierVersion({ id, depth }: { readonly id: string; readonly depth: number }) {
  const claim = useClaim(id).data;
  if (!claim) return null;
  return (
    <>
      <VersionRow claim={claim} />
      {claim.previousVersionId && depth < MAX_EARLIER && (
        <EarlierVersion id={claim.previousVersionId} depth={depth + 1} />
      )}
    </>
  );
}

function VersionRow({
  claim,
  current = false,
}: {
  readonly claim: ClaimDetail;
  readonly current?: boolean;
}) {
  return (
    <Group gap={6} role="listitem" aria-current={current ? 'true' : undefined}>
      <Text size="xs" c="dimmed" w={80}>
        version {claim.version}
      </Text>
      {current ? (
        <Text size="sm" ff="monospace" fw={700}>
          {claim.claimNumber}
        </Text>
      ) : (
        <Anchor component={Link} to={`/claims/${claim.id}`} size="sm" ff="monospace">
          {claim.claimNumber}
        </Anchor>
      )}
      <Text size="xs">{FREQUENCY[claim.frequency]}</Text>
      <Badge size="xs" variant="light" color={statusColor(claim.status)}>
        {statusLabel(claim.status)}
      </Badge>
    </Group>
  );
}
