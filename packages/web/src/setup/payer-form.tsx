import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import type { Payer } from '../api/types.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { CLAIM_FILING_INDICATORS, payerBody, payerFields } from './payer-body.ts';
import { useReceivers, useSaveSetup } from './use-setup.ts';

/**
 * A payer as billing sets it up: its ID at the clearinghouse, how claims are filed, timely
 * filing and follow-up days, and the clearinghouse its claims go through (or direct).
 */
export function PayerForm({
  payer,
  readOnly,
  onSaved,
}: {
  readonly payer?: Payer | undefined;
  readonly readOnly: boolean;
  readonly onSaved: (payer: Payer) => void;
}) {
  const receivers = useReceivers();
  const save = useSaveSetup<Payer>('/payers');
  const [fields, setFields] = useState(() => payerFields(payer));
  const set = <K extends keyof typeof fields>(key: K, value: (typeof fields)[K]) =>
    setFields({ ...fields, [key]: value });
  const days = (
    key: 'timelyFilingDays' | 'followUpDays',
    label: string,
    limits: { w: number; max: number; description?: string },
  ) => (
    <NumberInput
      label={label}
      {...limits}
      min={1}
      allowDecimal={false}
      value={fields[key]}
      onChange={(v) => set(key, String(v))}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: payer?.id, body: payerBody(fields, payer) }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} aria-label={payer ? `Payer ${payer.name}` : 'New payer'}>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="xs">
          <Group gap="xs" align="end">
            <TextInput
              label="Payer name"
              required
              w={260}
              value={fields.name}
              onChange={(e) => set('name', e.currentTarget.value)}
            />
            <TextInput
              label="Payer ID"
              description="As the clearinghouse lists it (2010BB NM109)"
              required
              w={200}
              value={fields.payerId}
              onChange={(e) => set('payerId', e.currentTarget.value)}
            />
          </Group>
          <Group gap="xs" align="end">
            <Select
              label="Claim filing indicator (SBR09)"
              w={260}
              searchable
              data={CLAIM_FILING_INDICATORS}
              value={fields.claimFilingIndicator}
              onChange={(v) => set('claimFilingIndicator', v ?? 'CI')}
            />
            <Select
              label="Claims go"
              w={200}
              data={[
                { value: 'electronic', label: 'Electronic (837)' },
                { value: 'paper', label: 'On paper (CMS-1500)' },
              ]}
              value={fields.claimForm}
              onChange={(v) => set('claimForm', v === 'paper' ? 'paper' : 'electronic')}
            />
          </Group>
          <Group gap="xs" align="end">
            {days('timelyFilingDays', 'Timely filing (days)', { w: 150, max: 3650 })}
            {days('followUpDays', 'Follow-up after (days)', {
              w: 300,
              max: 365,
              description: 'No 277CA or 835 by then: the claim goes to the follow-up queue',
            })}
          </Group>
          <Select
            label="Clearinghouse"
            description="The receiver whose 837 files carry this payer's claims"
            w={460}
            data={[
              { value: '', label: 'None: send to the payer directly' },
              ...(receivers.data ?? []).map((r) => ({
                value: r.id,
                label: `${r.name} (${r.receiverId})`,
              })),
            ]}
            value={fields.receiverId}
            onChange={(v) => set('receiverId', v ?? '')}
          />
          <ProblemAlert error={save.error ?? receivers.error} title="Not saved" />
          {!readOnly && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {payer ? 'Save payer' : 'Add payer'}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
