import { useState } from 'react';
import { Badge, Button, Group, Select, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { MSP_TYPES, mspLabel } from './medicare-secondary.ts';
import type { Coverage } from './use-patients.ts';

/** Replaces a coverage with the MSP type set (PUT /coverages/{id} takes the whole coverage). */
function useSetMspType(coverage: Coverage & { readonly patientId?: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (medicareSecondaryType: string) => {
      const { id, patientId: _patient, ...fields } = coverage;
      return api<Coverage>(`/coverages/${id}`, {
        method: 'PUT',
        body: { ...fields, medicareSecondaryType },
      });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['patient'] }),
  });
}

/**
 * Why Medicare pays second, on a Medicare secondary or tertiary coverage: shown in words, or,
 * while it is missing, flagged and (for those who register patients) set here.
 */
export function MspTypeCell({ coverage }: { readonly coverage: Coverage }) {
  const user = useUser();
  const save = useSetMspType(coverage);
  const [picked, setPicked] = useState<string | null>(null);
  if (coverage.medicareSecondaryType) {
    return <Text size="xs">MSP {mspLabel(coverage.medicareSecondaryType)}</Text>;
  }
  return (
    <>
      <Badge size="xs" color="red" variant="light">
        MSP type missing: Medicare claims are held
      </Badge>
      {can(user.roles, 'patients:write') && (
        <Group gap={4} align="end" mt={4}>
          <Select
            size="xs"
            w={300}
            aria-label="MSP type"
            placeholder="Why Medicare pays second"
            data={MSP_TYPES.map((t) => ({ value: t.value, label: `${t.value} — ${t.meaning}` }))}
            value={picked}
            onChange={setPicked}
          />
          <Button
            size="compact-xs"
            disabled={!picked}
            loading={save.isPending}
            onClick={() => picked && save.mutate(picked)}
          >
            Save
          </Button>
        </Group>
      )}
      <ProblemAlert error={save.error} />
    </>
  );
}
