import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ApiProblem } from '../api/problem.ts';
import { ConditionFields } from '../coding/condition-fields.tsx';
import { conditionsBody } from '../coding/encounter-draft.ts';
import { useFacilityBill } from '../facility-bills/use-facility-bills.ts';
import { formatIcd10cm } from '../format.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { correctionBody, lineEditOf } from './claim-correction.ts';
import type { BilledLine, CorrectionBody, FormProblem, LineEdit } from './claim-correction.ts';
import { facilityChange, factsEditOf } from './facility-facts-correction.ts';
import type { FacilityChange, FacilityClaim, FactsEdit } from './facility-facts-correction.ts';
import { FacilityFactsFields } from './facility-facts-fields.tsx';
import { ReasonInput } from './reason-input.tsx';
import { useCorrectClaim } from './use-claim-versions.ts';

const COLUMNS: {
  key: 'date' | 'code' | 'modifiers' | 'units' | 'pointers' | 'charge';
  label: string;
  w: number;
}[] = [
  { key: 'date', label: 'DOS', w: 110 },
  { key: 'code', label: 'Code', w: 80 },
  { key: 'modifiers', label: 'Modifiers', w: 100 },
  { key: 'units', label: 'Units', w: 60 },
  { key: 'pointers', label: 'Pointers', w: 70 },
  { key: 'charge', label: 'Charge', w: 90 },
];

/**
 * Corrected claim: change diagnoses, what the condition is related to (accident, employment and
 * their dates) and lines (date of service, code, modifiers, units, pointers, charge, or take a
 * line off); on a facility claim, the type of bill's facility type (FL 4), the attending (FL 76),
 * the patient status (FL 17) and the diagnoses with their POA indicators. A frequency-7 version
 * goes to the payer with its claim number.
 */
export function CorrectClaimModal({
  claim,
  lines,
  opened,
  onClose,
}: {
  readonly claim: FacilityClaim;
  readonly lines: readonly BilledLine[];
  readonly opened: boolean;
  readonly onClose: () => void;
}) {
  const navigate = useNavigate();
  const correct = useCorrectClaim(claim.id);
  const [reason, setReason] = useState('');
  const [diagnoses, setDiagnoses] = useState(claim.diagnoses.map(formatIcd10cm).join(', '));
  const [edits, setEdits] = useState(() => lines.map(lineEditOf));
  const [conditions, setConditions] = useState(claim.conditions);
  const [checked, setChecked] = useState<ApiProblem | null>(null);
  const facility = claim.kind === 'institutional';
  // A version's own facts, else its facility bill's (the claim's lines are the bill's).
  const bill = useFacilityBill(
    facility && !claim.facilityFacts ? claim.lines[0]?.encounterId : undefined,
  ).data;
  const facts = claim.facilityFacts ?? bill;
  const factsBefore = facility && facts ? factsEditOf(claim, facts) : null;
  const [factsTyped, setFactsTyped] = useState<FactsEdit | null>(null);
  const factsShown = factsTyped ?? factsBefore;
  const refuse = (problems: FormProblem[]) =>
    setChecked(
      new ApiProblem(422, {
        title: 'Check the correction',
        detail: 'Nothing was sent.',
        errors: problems,
      }),
    );
  const sent = {
    onSuccess: (created: { id: string }) => {
      onClose();
      void navigate(`/claims/${created.id}`);
    },
  };
  const edit = (index: number, change: Partial<LineEdit>) =>
    setEdits((all) => all.map((line, i) => (i === index ? { ...line, ...change } : line)));

  const submitFacts = (before: FactsEdit, typed: FactsEdit) => {
    const { change, problems } = facilityChange(before, typed);
    if (reason.trim().length < 3)
      problems.push({ path: 'reason', message: 'say why, in a few words' });
    if (problems.length > 0) return refuse(problems);
    setChecked(null);
    const body: CorrectionBody & { facility: FacilityChange } = {
      reason: reason.trim(),
      facility: change,
      lines: [],
    };
    correct.mutate(body, sent);
  };

  const submit = () => {
    if (facility) {
      if (factsBefore && factsShown) submitFacts(factsBefore, factsShown);
      return;
    }
    const { body, problems } = correctionBody(reason, claim.diagnoses, diagnoses, lines, edits);
    if (problems.length > 0) return refuse(problems);
    setChecked(null);
    const related = conditionsBody(conditions);
    const changed = JSON.stringify(related) !== JSON.stringify(conditionsBody(claim.conditions));
    correct.mutate(changed ? { ...body, conditions: related } : body, sent);
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={`Corrected claim for ${claim.claimNumber}`}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            A new version (frequency 7) quoting payer claim {claim.payerClaimNumber ?? '—'}. The
            original stays as it was sent; charge changes are posted as new ledger entries.
          </Text>
          <ReasonInput
            value={reason}
            onChange={setReason}
            example="modifier 25 left off the visit"
          />
          {facility ? (
            factsShown && <FacilityFactsFields value={factsShown} onChange={setFactsTyped} />
          ) : (
            <>
              <TextInput
                label="Diagnoses"
                description="In order, separated by commas; pointers refer to them as A, B, C…"
                value={diagnoses}
                onChange={(e) => setDiagnoses(e.currentTarget.value)}
              />
              <ConditionFields value={conditions} onChange={setConditions} />
            </>
          )}
          {!facility && (
            <Table withTableBorder aria-label="Corrected lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={30}>#</Table.Th>
                  {COLUMNS.map((c) => (
                    <Table.Th key={c.key} w={c.w}>
                      {c.label}
                    </Table.Th>
                  ))}
                  <Table.Th>Take off</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {edits.map((line, index) => (
                  <Table.Tr key={line.serviceLineId} opacity={line.remove ? 0.5 : 1}>
                    <Table.Td>{line.sequence}</Table.Td>
                    {COLUMNS.map((c) => (
                      <Table.Td key={c.key}>
                        <TextInput
                          size="xs"
                          aria-label={`Line ${line.sequence} ${c.label.toLowerCase()}`}
                          disabled={line.remove}
                          value={String(line[c.key])}
                          onChange={(e) => edit(index, { [c.key]: e.currentTarget.value })}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <Checkbox
                        aria-label={`Take line ${line.sequence} off`}
                        checked={line.remove}
                        onChange={(e) => edit(index, { remove: e.currentTarget.checked })}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <ProblemAlert
            error={checked ?? correct.error}
            {...(checked ? {} : { title: 'Not corrected' })}
          />
          <Group justify="end">
            <Button type="submit" loading={correct.isPending}>
              Send the corrected claim
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
