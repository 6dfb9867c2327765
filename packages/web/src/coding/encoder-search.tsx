import { useId, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { Badge, Box, Group, Loader, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { EncoderHit, ProcedureSystem } from '../api/types.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { SeventhCharacterPicker } from './seventh-character-picker.tsx';
import { fetchSeventhCharacter, useCodeSearch } from './use-code-search.ts';
import type { EncoderMode } from './use-code-search.ts';

interface Props {
  readonly dateOfService: string;
  readonly mode: EncoderMode;
  readonly onModeChange: (mode: EncoderMode) => void;
  readonly onAddDiagnosis: (code: string) => void;
  readonly onAddProcedure: (code: string, system: ProcedureSystem) => void;
  readonly inputRef: RefObject<HTMLInputElement | null>;
}

interface Picking {
  readonly base: string;
  readonly title: string;
  readonly values: { character: string; meaning: string }[];
}

/**
 * Type-ahead against the encoder: ↑/↓ choose, Enter adds. A code that is not billable as is
 * says why; Enter on it opens the 7th-character picker or lists its more specific codes.
 */
export function EncoderSearch(props: Props) {
  const { dateOfService, mode, onModeChange, inputRef } = props;
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 150);
  const [active, setActive] = useState(0);
  const [picking, setPicking] = useState<Picking | null>(null);
  const [note, setNote] = useState('');
  const search = useCodeSearch(debounced, mode, dateOfService);
  const hits = search.data ?? [];
  // Only while the results list is on screen may the box point at it (axe aria-valid-attr-value).
  const listShown = text.trim().length >= 2;
  const listId = useId();

  const done = (message: string) => {
    setText('');
    setActive(0);
    setPicking(null);
    setNote(message);
    inputRef.current?.focus();
  };

  const choose = async (hit: EncoderHit) => {
    if (hit.system !== 'icd10cm') {
      if (!hit.billable) return setNote(`${hit.display}: ${hit.hint ?? 'not billable'}`);
      props.onAddProcedure(hit.code, hit.system);
      return done(`Added ${hit.display} as a service line.`);
    }
    if (hit.billable) {
      props.onAddDiagnosis(hit.code);
      return done(`Added ${hit.display}.`);
    }
    const seventh = await fetchSeventhCharacter(hit.code, dateOfService);
    const [base, ...others] = seventh?.required ? seventh.bases : [];
    if (seventh && base !== undefined && others.length === 0) {
      return setPicking({ base, title: hit.title, values: seventh.values });
    }
    // A header: list the more specific codes under it.
    setText(hit.display);
    setActive(0);
    setNote(hit.hint ?? `${hit.display} is not billable: pick a more specific code.`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit && debounced === text) void choose(hit);
    } else if (event.key === 'Escape') {
      setText('');
    }
  };

  return (
    <Stack gap={4}>
      <Group gap="xs" align="end">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(value) => onModeChange(value)}
          data={[
            { value: 'diagnosis', label: 'Diagnosis (Alt+D)' },
            { value: 'procedure', label: 'Procedure (Alt+P)' },
          ]}
        />
        <TextInput
          ref={inputRef}
          flex={1}
          label="Encoder search"
          placeholder={
            mode === 'diagnosis' ? 'ICD-10-CM: words or code' : 'CPT / HCPCS code or words'
          }
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setActive(0);
            setNote('');
          }}
          onKeyDown={onKeyDown}
          rightSection={search.isFetching ? <Loader size={12} /> : null}
          role="combobox"
          aria-expanded={listShown && hits.length > 0}
          aria-controls={listShown ? listId : undefined}
          aria-activedescendant={listShown && hits[active] ? `${listId}-${active}` : undefined}
          autoComplete="off"
        />
      </Group>
      {picking && (
        <SeventhCharacterPicker
          {...picking}
          onPick={(code) => {
            props.onAddDiagnosis(code);
            done(`Added ${code}.`);
          }}
          onCancel={() => {
            setPicking(null);
            inputRef.current?.focus();
          }}
        />
      )}
      <Text size="xs" c="dimmed" aria-live="polite" mih={16}>
        {note}
      </Text>
      <ProblemAlert error={search.error} />
      {listShown && (
        <Box
          role="listbox"
          id={listId}
          aria-label="Encoder results"
          mah={260}
          style={{ overflowY: 'auto' }}
        >
          {hits.map((hit, index) => (
            <Group
              key={`${hit.system}:${hit.code}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              gap={6}
              wrap="nowrap"
              px={4}
              py={1}
              bg={index === active ? 'indigo.0' : 'transparent'}
              style={{ cursor: 'pointer' }}
              onMouseDown={(e) => {
                e.preventDefault();
                setActive(index);
                void choose(hit);
              }}
            >
              <Text size="sm" ff="monospace" fw={600} w={72}>
                {hit.display}
              </Text>
              <Badge size="xs" variant="light" color={hit.billable ? 'green' : 'gray'} w={74}>
                {hit.billable ? 'billable' : 'not billable'}
              </Badge>
              <Text size="sm" truncate="end" flex={1} title={hit.hint ?? hit.title}>
                {hit.title || <i>{hit.system.toUpperCase()} (descriptor licensed by the AMA)</i>}
                {hit.hint && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    — {hit.hint}
                  </Text>
                )}
              </Text>
            </Group>
          ))}
          {hits.length === 0 && !search.isFetching && (
            <Text size="sm" c="dimmed">
              No codes match.
            </Text>
          )}
        </Box>
      )}
    </Stack>
  );
}
