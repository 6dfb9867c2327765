import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Fieldset, Group, Select, Stack, TextInput } from '@mantine/core';
import type { Receiver } from '../api/types.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { INTERCHANGE_ID_QUALIFIERS, receiverFields } from './receiver-body.ts';
import type { ReceiverFields } from './receiver-body.ts';
import { useSaveSetup } from './use-setup.ts';

type TextKey = Exclude<
  keyof ReceiverFields,
  'interchangeSenderQualifier' | 'interchangeReceiverQualifier'
>;

/**
 * A clearinghouse and the IDs it assigned to the practice, where each goes in the 837: the
 * interchange (ISA05–ISA08), the functional group (GS02/GS03), the submitter (1000A) and the
 * receiver itself (1000B).
 */
export function ReceiverForm({
  receiver,
  readOnly,
  onSaved,
}: {
  readonly receiver?: Receiver | undefined;
  readonly readOnly: boolean;
  readonly onSaved: (receiver: Receiver) => void;
}) {
  const save = useSaveSetup<Receiver>('/receivers');
  const [fields, setFields] = useState(() => receiverFields(receiver));
  const text = (key: TextKey, label: string, w: number, description?: string) => (
    <TextInput
      label={label}
      required
      w={w}
      {...(description ? { description } : {})}
      value={fields[key]}
      onChange={(e) => setFields({ ...fields, [key]: e.currentTarget.value })}
    />
  );
  const qualifier = (
    key: 'interchangeSenderQualifier' | 'interchangeReceiverQualifier',
    label: string,
  ) => (
    <Select
      label={label}
      w={250}
      data={INTERCHANGE_ID_QUALIFIERS}
      value={fields[key]}
      onChange={(v) => setFields({ ...fields, [key]: v ?? 'ZZ' })}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: receiver?.id, body: { ...fields } }, { onSuccess: onSaved });
  };

  return (
    <form
      onSubmit={submit}
      aria-label={receiver ? `Clearinghouse ${receiver.name}` : 'New clearinghouse'}
    >
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="xs">
          <Fieldset legend="Receiver (1000B)" p="xs">
            <Group gap="xs" align="end">
              {text('name', 'Receiver name (NM103)', 260)}
              {text('receiverId', 'Receiver ID (NM109)', 200)}
            </Group>
          </Fieldset>
          <Fieldset legend="Interchange (ISA) and group (GS)" p="xs">
            <Group gap="xs" align="end">
              {qualifier('interchangeSenderQualifier', 'Sender ID qualifier (ISA05)')}
              {text('interchangeSenderId', 'Sender ID (ISA06)', 200)}
            </Group>
            <Group gap="xs" align="end">
              {qualifier('interchangeReceiverQualifier', 'Receiver ID qualifier (ISA07)')}
              {text('interchangeReceiverId', 'Receiver ID (ISA08)', 200)}
            </Group>
            <Group gap="xs" align="end">
              {text('applicationSenderCode', 'Application sender (GS02)', 200)}
              {text('applicationReceiverCode', 'Application receiver (GS03)', 200)}
            </Group>
          </Fieldset>
          <Fieldset legend="Submitter (1000A)" p="xs">
            <Group gap="xs" align="end">
              {text('submitterName', 'Submitter name (NM103)', 260)}
              {text('submitterId', 'Submitter ID (NM109)', 200, 'Your ETIN at the clearinghouse')}
            </Group>
            <Group gap="xs" align="end">
              {text('submitterContactName', 'Contact name (PER02)', 260)}
              {text('submitterPhone', 'Contact phone (PER04)', 200)}
            </Group>
          </Fieldset>
          <ProblemAlert error={save.error} title="Not saved" />
          {!readOnly && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {receiver ? 'Save clearinghouse' : 'Add clearinghouse'}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
