import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import { ReceiptForm } from './receipt-form.tsx';
import type { ReceiptKind } from './use-receipts.ts';

/** Money the patient hands over (front desk, billers) or gets back (billers): each opens a form. */
export function AccountActions({ patientId }: { readonly patientId: string }) {
  const { roles } = useUser();
  const [open, setOpen] = useState<ReceiptKind | null>(null);
  return (
    <Group gap="xs">
      {can(roles, 'patients:write') && (
        <Button onClick={() => setOpen('payment')}>Record payment</Button>
      )}
      {can(roles, 'claims:write') && (
        <Button variant="default" onClick={() => setOpen('refund')}>
          Refund
        </Button>
      )}
      {open && <ReceiptForm patientId={patientId} kind={open} onClose={() => setOpen(null)} />}
    </Group>
  );
}
