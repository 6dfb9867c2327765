import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useParams } from 'react-router';
import type { Encounter } from '../api/types.ts';
import { statusLabel } from '../format.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { providerName, useProviders } from '../setup/use-setup.ts';
import { ConditionFields } from './condition-fields.tsx';
import { DiagnosisList } from './diagnosis-list.tsx';
import { EncoderSearch } from './encoder-search.tsx';
import {
  addDiagnosis,
  addLine,
  draftOf,
  encounterBody,
  moveDiagnosis,
  removeDiagnosis,
  removeLine,
  updateLine,
} from './encounter-draft.ts';
import type { Draft } from './encounter-draft.ts';
import { ProviderQueries } from './provider-queries.tsx';
import { ScrubFindings } from './scrub-findings.tsx';
import { ServiceLines } from './service-lines.tsx';
import { useDiagnosisTitles } from './use-diagnosis-titles.ts';
import { usePatient } from '../patients/use-patients.ts';
import { useEncounter, useSaveEncounter } from './use-encounter.ts';
import type { EncoderMode } from './use-code-search.ts';
import { useScrubPreview } from './use-scrub-preview.ts';

/** The coding workbench for one encounter. */
export function CodingPage() {
  const id = useParams().id ?? '';
  const encounter = useEncounter(id);
  if (encounter.error) return <ProblemAlert error={encounter.error} />;
  if (!encounter.data) return <Loader size="sm" />;
  return <Workbench key={encounter.data.id} encounter={encounter.data} />;
}

function Workbench({ encounter }: { readonly encounter: Encounter }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(encounter));
  const [mode, setMode] = useState<EncoderMode>('diagnosis');
  const searchRef = useRef<HTMLInputElement>(null);
  const patient = usePatient(encounter.patientId).data;
  const provider = useProviders().data?.find((p) => p.id === encounter.renderingProviderId);
  const save = useSaveEncounter(encounter.id);
  const titles = useDiagnosisTitles(draft.diagnoses, encounter.serviceDateFrom);

  const body = useMemo(() => encounterBody(encounter, draft), [encounter, draft]);
  const saved = useMemo(
    () => JSON.stringify(encounterBody(encounter, draftOf(encounter))),
    [encounter],
  );
  const dirty = JSON.stringify(body) !== saved;
  const scrub = useScrubPreview(encounter.id, body);

  // After a save the server's priced lines come back: take them as the new starting point.
  useEffect(() => setDraft(draftOf(encounter)), [encounter]);

  const submit = () => {
    if (dirty && !save.isPending) save.mutate(body);
  };
  const switchMode = (next: EncoderMode) => {
    setMode(next);
    searchRef.current?.focus();
  };
  // Work from inside any field: save, and switch the encoder between diagnoses and procedures.
  useHotkeys(
    [
      ['mod+s', submit],
      ['alt+d', () => switchMode('diagnosis')],
      ['alt+p', () => switchMode('procedure')],
    ],
    [],
  );
  useHotkeys([['/', () => searchRef.current?.focus()]]);

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm">
          <Title order={3}>{patient ? `${patient.lastName}, ${patient.firstName}` : '…'}</Title>
          <Text size="sm" c="dimmed">
            {patient?.accountNumber} · DOB {patient?.dateOfBirth} · DOS {encounter.serviceDateFrom}{' '}
            · POS {encounter.placeOfService} · {provider ? providerName(provider) : ''}
          </Text>
          <Badge variant="light">{statusLabel(encounter.status)}</Badge>
        </Group>
        <Group gap="xs">
          {dirty && (
            <Text size="xs" c="orange">
              unsaved changes
            </Text>
          )}
          <Button onClick={submit} disabled={!dirty} loading={save.isPending}>
            Save (Ctrl+S)
          </Button>
        </Group>
      </Group>
      <ProblemAlert error={save.error} title="Not saved" />
      <Grid gap="sm">
        <Grid.Col span={5}>
          <Paper withBorder p="xs" h="calc(100vh - 130px)">
            <Text size="sm" fw={700} mb={4}>
              Documentation
            </Text>
            <ScrollArea h="calc(100% - 24px)">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} aria-label="Documentation">
                {encounter.documentation || 'No documentation on this encounter.'}
              </Text>
            </ScrollArea>
          </Paper>
        </Grid.Col>
        <Grid.Col span={7}>
          <Stack gap="sm">
            <Paper withBorder p="xs">
              <EncoderSearch
                dateOfService={encounter.serviceDateFrom}
                mode={mode}
                onModeChange={switchMode}
                inputRef={searchRef}
                onAddDiagnosis={(code) => setDraft((d) => addDiagnosis(d, code))}
                onAddProcedure={(code, system) => setDraft((d) => addLine(d, code, system))}
              />
            </Paper>
            <Paper withBorder p="xs">
              <Text size="sm" fw={700} mb={4}>
                Diagnoses
              </Text>
              <DiagnosisList
                diagnoses={draft.diagnoses}
                titles={titles}
                onMove={(from, to) => setDraft((d) => moveDiagnosis(d, from, to))}
                onRemove={(index) => setDraft((d) => removeDiagnosis(d, index))}
              />
            </Paper>
            <Paper withBorder p="xs">
              <ConditionFields
                value={draft.conditions}
                onChange={(conditions) => setDraft((d) => ({ ...d, conditions }))}
              />
            </Paper>
            <Paper withBorder p="xs">
              <Text size="sm" fw={700} mb={4}>
                Service lines
              </Text>
              <ServiceLines
                lines={draft.lines}
                onChange={(key, change) => setDraft((d) => updateLine(d, key, change))}
                onRemove={(key) => setDraft((d) => removeLine(d, key))}
              />
            </Paper>
            <Paper withBorder p="xs">
              <ScrubFindings preview={scrub.data} error={scrub.error} fetching={scrub.isFetching} />
            </Paper>
            <Paper withBorder p="xs">
              <ProviderQueries encounterId={encounter.id} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
