import { useId, useRef, useState } from 'react';
import { Alert, Button, FileInput, Group, List, Progress, Stack, Text } from '@mantine/core';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { importOutcome, importProgress } from './release-import-state.ts';
import type { ReleaseImportResult } from './release-import-state.ts';
import { useReleaseImport } from './use-release-import.ts';

/**
 * Import a new official release from a file as published: the upload with its real progress,
 * the server's phases while it builds the code sets, then what was loaded or why not.
 */
export function ReleaseImport() {
  const { state, start } = useReleaseImport();
  const [file, setFile] = useState<File | null>(null);
  const busy = state.phase === 'uploading' || state.phase === 'importing';
  const progress = importProgress(state);
  const labelId = useId();
  const importButton = useRef<HTMLButtonElement>(null);

  return (
    <Stack gap="xs">
      <Group gap="xs" align="end">
        <FileInput
          label="Release file"
          description="As CMS, CDC or the AMA publish it: the zip or one of its files"
          placeholder="Choose a file…"
          w={420}
          clearable
          disabled={busy}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            // Chosen by keyboard: Enter now imports it.
            if (chosen) setTimeout(() => importButton.current?.focus());
          }}
        />
        <Button
          ref={importButton}
          disabled={!file || busy}
          onClick={() => file && void start(file)}
        >
          Import
        </Button>
      </Group>
      {progress && (
        <Stack gap={4} aria-live="polite">
          <Text size="sm" id={labelId}>
            {progress.label}
          </Text>
          {progress.percent === undefined ? (
            <Progress.Root size="lg">
              <Progress.Section
                value={100}
                animated
                withAria={false}
                role="progressbar"
                aria-labelledby={labelId}
                aria-valuetext={progress.label}
              />
            </Progress.Root>
          ) : (
            <Progress
              size="lg"
              value={progress.percent}
              striped={state.phase === 'importing'}
              animated={state.phase === 'importing'}
              aria-label={progress.label}
            />
          )}
        </Stack>
      )}
      {state.phase === 'imported' && (
        <ImportedAlert fileName={state.fileName} result={state.result} />
      )}
      {state.phase === 'failed' && (
        <ProblemAlert error={state.error} title={`${state.fileName} was not imported`} />
      )}
    </Stack>
  );
}

function ImportedAlert({
  fileName,
  result,
}: {
  readonly fileName: string;
  readonly result: ReleaseImportResult;
}) {
  return (
    <Alert
      color={result.changed ? 'green' : 'yellow'}
      variant="light"
      title={result.changed ? `${fileName} imported` : `${fileName}: nothing new`}
      role="status"
    >
      <Text size="sm">{importOutcome(result)}.</Text>
      {result.newFiles.length > 0 && (
        <List size="sm" mt={4}>
          {result.newFiles.map((name) => (
            <List.Item key={name} ff="monospace">
              {name}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
