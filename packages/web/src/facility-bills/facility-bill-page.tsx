import { useEffect, useMemo, useRef, useState } from 'react';
import { Badge, Button, Fieldset, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Link, useNavigate, useParams } from 'react-router';
import { EncoderSearch } from '../coding/encoder-search.tsx';
import type { EncoderMode } from '../coding/use-code-search.ts';
import { useDiagnosisTitles } from '../coding/use-diagnosis-titles.ts';
import { statusLabel } from '../format.ts';
import { usePatient } from '../patients/use-patients.ts';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { BillClaim } from './bill-claim.tsx';
import {
  addDiagnosisCode,
  addHcpcsLine,
  bareCode,
  billBody,
  draftOf,
  draftTotal,
  emptyDraft,
  newKey,
  newLineFor,
  updateRow,
  withStatementFrom,
} from './bill-draft.ts';
import type { BillDraft } from './bill-draft.ts';
import { BillFields } from './bill-fields.tsx';
import { BillProblem } from './bill-problem.tsx';
import classes from './facility-bill-page.module.css';
import { DiagnosesSection } from './diagnoses-section.tsx';
import type { FacilityBill } from './facility-bill.ts';
import { fieldErrors } from './field-errors.ts';
import { CodedDatesSection } from './coded-dates-section.tsx';
import { ConditionAndValueCodes } from './condition-value-codes.tsx';
import { RevenueLines } from './revenue-lines.tsx';
import { useFacilityBill, useSaveFacilityBill } from './use-facility-bills.ts';

/** A facility bill to create (`/facility-bills/new`) or to edit. */
export function FacilityBillPage() {
  const id = useParams().id;
  const bill = useFacilityBill(id);
  if (id === undefined) return <BillForm />;
  if (bill.error) return <ProblemAlert error={bill.error} />;
  if (!bill.data) return <Loader size="sm" />;
  return <BillForm key={bill.data.id} bill={bill.data} />;
}

function BillForm({ bill }: { readonly bill?: FacilityBill }) {
  const navigate = useNavigate();
  const roles = useUser().roles;
  const [draft, setDraft] = useState<BillDraft>(() => (bill ? draftOf(bill) : emptyDraft()));
  const [mode, setMode] = useState<EncoderMode>('diagnosis');
  const searchRef = useRef<HTMLInputElement>(null);
  const save = useSaveFacilityBill(bill?.id);
  const patient = usePatient(bill?.patientId).data;
  const errorAt = fieldErrors(save.error);
  const readOnly = bill?.status === 'billed' || !can(roles, 'encounters:write');

  const body = useMemo(() => billBody(draft), [draft]);
  const saved = useMemo(
    () => JSON.stringify(billBody(bill ? draftOf(bill) : emptyDraft())),
    [bill],
  );
  const dirty = JSON.stringify(body) !== saved;
  const codes = draft.diagnoses.map((d) => bareCode(d.code)).filter((c) => c.length >= 3);
  const titles = useDiagnosisTitles(codes, draft.statementFrom);

  // The saved bill (normalized codes, cents) becomes the new starting point.
  useEffect(() => {
    if (bill) setDraft(draftOf(bill));
  }, [bill]);

  const submit = () => {
    if (!dirty || save.isPending || readOnly) return;
    save.mutate(body, {
      onSuccess: (made) => {
        if (!bill) void navigate(`/facility-bills/${made.id}`, { replace: true });
      },
    });
  };
  useHotkeys([['mod+s', submit]], []);
  const set = <K extends keyof BillDraft>(field: K, value: BillDraft[K]) =>
    setDraft((d) =>
      field === 'statementFrom' ? withStatementFrom(d, value as string) : { ...d, [field]: value },
    );

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm">
          <Title order={3}>
            {bill
              ? `Facility bill · ${patient ? `${patient.lastName}, ${patient.firstName}` : '…'}`
              : 'New facility bill'}
          </Title>
          {patient && (
            <Text size="sm" c="dimmed">
              {patient.accountNumber} · DOB {patient.dateOfBirth}
            </Text>
          )}
          {bill && <Badge variant="light">{statusLabel(bill.status)}</Badge>}
        </Group>
        <Group gap="xs">
          {dirty && !readOnly && (
            <Text size="xs" c="orange.9">
              unsaved changes
            </Text>
          )}
          <Button variant="default" component={Link} to="/facility-bills">
            All facility bills
          </Button>
          {!readOnly && (
            <Button onClick={submit} disabled={!dirty} loading={save.isPending}>
              Save (Ctrl+S)
            </Button>
          )}
        </Group>
      </Group>
      {bill?.status === 'billed' && (
        <Text size="sm" c="dimmed">
          This bill is billed: change it through a corrected claim, not by editing the bill.
        </Text>
      )}
      <BillProblem error={save.error} />
      {bill && (
        <Paper withBorder p="xs">
          <BillClaim bill={bill} dirty={dirty} />
        </Paper>
      )}
      <Fieldset disabled={readOnly} variant="unstyled" className={classes.readOnly}>
        <Stack gap="sm">
          <Paper withBorder p="xs">
            <Stack gap="xs">
              <BillFields
                draft={draft}
                errorAt={errorAt}
                onChange={set}
                patientLocked={bill !== undefined}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="xs">
            <Stack gap="xs">
              <Title order={4}>Diagnoses (FL 67) and present on admission</Title>
              {!readOnly && (
                <EncoderSearch
                  dateOfService={draft.statementFrom}
                  mode={mode}
                  onModeChange={setMode}
                  inputRef={searchRef}
                  onAddDiagnosis={(code) => setDraft((d) => addDiagnosisCode(d, code))}
                  onAddProcedure={(code) => setDraft((d) => addHcpcsLine(d, code))}
                />
              )}
              <DiagnosesSection
                diagnoses={draft.diagnoses}
                titles={titles}
                errorAt={errorAt}
                onChange={(key, change) =>
                  set('diagnoses', updateRow(draft.diagnoses, key, change))
                }
                onRemove={(key) =>
                  set(
                    'diagnoses',
                    draft.diagnoses.filter((d) => d.key !== key),
                  )
                }
              />
            </Stack>
          </Paper>
          <Paper withBorder p="xs">
            <Stack gap="xs">
              <Title order={4}>Procedures (FL 74, ICD-10-PCS)</Title>
              <CodedDatesSection
                rows={draft.procedures}
                field="procedures"
                rowName={(index) =>
                  index === 0
                    ? { column: 'Principal (FL 74)', label: 'Principal procedure' }
                    : {
                        column: `Other ${index} (FL 74${'abcde'[index - 1] ?? ''})`,
                        label: `Other procedure ${index}`,
                      }
                }
                codeHeader="Procedure"
                empty="No inpatient procedures. Outpatient services go on the revenue lines with their HCPCS codes."
                addLabel="Add a procedure"
                errorAt={errorAt}
                onAdd={() =>
                  set('procedures', [
                    ...draft.procedures,
                    { key: newKey(), code: '', date: draft.statementFrom },
                  ])
                }
                onChange={(key, change) =>
                  set('procedures', updateRow(draft.procedures, key, change))
                }
                onRemove={(key) =>
                  set(
                    'procedures',
                    draft.procedures.filter((p) => p.key !== key),
                  )
                }
              />
            </Stack>
          </Paper>
          <Paper withBorder p="xs">
            <Stack gap="xs">
              <Title order={4}>Occurrences (FL 31–34)</Title>
              <CodedDatesSection
                rows={draft.occurrences}
                field="occurrences"
                rowName={(index) => ({
                  column: `FL ${31 + (index % 4)}${index < 4 ? 'a' : 'b'}`,
                  label: `Occurrence ${index + 1}`,
                })}
                codeHeader="Occurrence"
                empty="No occurrence codes. An accident goes here: 01 auto, 02 no-fault, 03 liability, 04 at work, 05 other, 06 crime victim, with its date."
                addLabel="Add an occurrence"
                errorAt={errorAt}
                onAdd={() =>
                  set('occurrences', [
                    ...draft.occurrences,
                    { key: newKey(), code: '', date: draft.statementFrom },
                  ])
                }
                onChange={(key, change) =>
                  set('occurrences', updateRow(draft.occurrences, key, change))
                }
                onRemove={(key) =>
                  set(
                    'occurrences',
                    draft.occurrences.filter((o) => o.key !== key),
                  )
                }
              />
            </Stack>
          </Paper>
          <Paper withBorder p="xs">
            <Stack gap="xs">
              <Title order={4}>Condition and value codes (FL 18–28, 39–41)</Title>
              <ConditionAndValueCodes draft={draft} errorAt={errorAt} onChange={set} />
            </Stack>
          </Paper>
          <Paper withBorder p="xs">
            <Stack gap="xs">
              <Title order={4}>Revenue lines (FL 42–47)</Title>
              <RevenueLines
                lines={draft.lines}
                total={draftTotal(draft)}
                errorAt={errorAt}
                onAdd={() => set('lines', [...draft.lines, newLineFor(draft)])}
                onChange={(key, change) => set('lines', updateRow(draft.lines, key, change))}
                onRemove={(key) =>
                  set(
                    'lines',
                    draft.lines.filter((l) => l.key !== key),
                  )
                }
              />
            </Stack>
          </Paper>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
