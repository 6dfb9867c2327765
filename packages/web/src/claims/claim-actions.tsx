import { useState } from 'react';
import { Button, Group, Menu } from '@mantine/core';
import type { ClaimDetail } from '../api/types.ts';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import type { BilledLine } from './claim-correction.ts';
import { CorrectClaimModal } from './correct-claim-modal.tsx';
import { VoidClaimModal } from './void-claim-modal.tsx';

/** The paper form of each kind of claim: the 1500 for professional, the UB-04 for facility claims. */
const PAPER_FORMS: Record<ClaimDetail['kind'], { readonly name: string; readonly path: string }> = {
  professional: { name: 'CMS-1500', path: 'cms1500' },
  institutional: { name: 'UB-04', path: 'ub04' },
};

/**
 * The claim's paper form (CMS-1500 or UB-04, drawn, or data only for the red form) and, for a
 * claim not yet replaced, a corrected claim or a void. The server says why when the claim cannot
 * be replaced.
 */
export function ClaimActions({
  claim,
  lines,
}: {
  readonly claim: ClaimDetail;
  readonly lines: readonly BilledLine[];
}) {
  const user = useUser();
  const [dialog, setDialog] = useState<'correct' | 'void' | null>(null);
  const replaceable = !claim.replacedBy && claim.frequency !== '8';
  const paper = PAPER_FORMS[claim.kind];
  const form = (mode: 'plain' | 'red') => `/claims/${claim.id}/${paper.path}.pdf?form=${mode}`;
  return (
    <Group gap="xs">
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default">{paper.name}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component="a" href={form('plain')} target="_blank">
            Plain paper (form drawn)
          </Menu.Item>
          <Menu.Item component="a" href={form('red')} target="_blank">
            Red form (data only)
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {replaceable && can(user.roles, 'claims:write') && (
        <>
          <Button variant="default" onClick={() => setDialog('correct')}>
            Corrected claim
          </Button>
          <Button variant="default" color="red" onClick={() => setDialog('void')}>
            Void
          </Button>
          {dialog === 'correct' && (
            <CorrectClaimModal claim={claim} lines={lines} opened onClose={() => setDialog(null)} />
          )}
          {dialog === 'void' && (
            <VoidClaimModal claim={claim} opened onClose={() => setDialog(null)} />
          )}
        </>
      )}
    </Group>
  );
}
