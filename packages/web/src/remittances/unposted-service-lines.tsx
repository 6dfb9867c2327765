import { useState } from 'react';
import { Button, Group, Select, Text } from '@mantine/core';
import { formatCents } from '../format.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import type { OpenBilledLine, UnpostedServiceLine } from './use-remittances.ts';
import { usePostServiceLine } from './use-remittances.ts';

/**
 * The service lines of a claim payment the import posted nowhere: each says what the payer paid
 * and why it waits; one that matched no billed line can be posted to the line the biller picks.
 */
export function UnpostedServiceLines({
  fileId,
  position,
  unposted,
  openLines,
  mayPost,
}: {
  readonly fileId: string;
  readonly position: number;
  readonly unposted: readonly UnpostedServiceLine[];
  readonly openLines: readonly OpenBilledLine[];
  readonly mayPost: boolean;
}) {
  return unposted.map((line, n) => (
    <div key={line.servicePosition ?? `held-${n}`}>
      <Text size="xs" c="orange.8">
        <b>Not posted:</b> {line.service}
        {line.billedAs ? ` (billed as ${line.billedAs})` : ''}
        {line.serviceDate ? ` ${line.serviceDate}` : ''}: charge {formatCents(line.charge)}, paid{' '}
        {formatCents(line.paid)} —{' '}
        {line.reason === 'unbalanced'
          ? 'does not balance; the payer must correct it'
          : 'matches no line of the claim'}
      </Text>
      {mayPost &&
        line.reason === 'unmatched' &&
        line.servicePosition !== undefined &&
        openLines.length > 0 && (
          <PostServiceLine
            fileId={fileId}
            position={position}
            servicePosition={line.servicePosition}
            service={line.service}
            openLines={openLines}
          />
        )}
    </div>
  ));
}

function PostServiceLine({
  fileId,
  position,
  servicePosition,
  service,
  openLines,
}: {
  readonly fileId: string;
  readonly position: number;
  readonly servicePosition: number;
  readonly service: string;
  readonly openLines: readonly OpenBilledLine[];
}) {
  const post = usePostServiceLine(fileId);
  const [serviceLineId, setServiceLineId] = useState<string | null>(null);
  return (
    <>
      <Group gap={6} mt={2} mb={4} wrap="nowrap">
        <Select
          size="xs"
          w={240}
          aria-label={`Billed line the ${service} payment (service line ${servicePosition}) pays`}
          placeholder="Billed line…"
          data={openLines.map((l) => ({
            value: l.serviceLineId,
            label: `${l.service} ${l.serviceDate} · ${formatCents(l.charge)}`,
          }))}
          value={serviceLineId}
          onChange={setServiceLineId}
        />
        <Button
          size="xs"
          disabled={serviceLineId === null}
          loading={post.isPending}
          onClick={() => {
            if (serviceLineId !== null) post.mutate({ position, servicePosition, serviceLineId });
          }}
        >
          Post to line
        </Button>
      </Group>
      {post.error && <ProblemAlert error={post.error} />}
    </>
  );
}
