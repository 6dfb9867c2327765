import { useState } from 'react';
import { Button, Group, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { useAppealDraft, usePrintAppeal } from './use-appeal-letter.ts';
import type { AppealDraft } from './use-appeal-letter.ts';

/** "Appeal letter": the server's draft, edited here, printed to PDF (Ctrl+Enter prints). */
export function AppealLetter({ itemId }: { readonly itemId: string }) {
  const [open, setOpen] = useState(false);
  const draft = useAppealDraft(itemId, open);
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        Appeal letter
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        size="xl"
        title={draft.data ? `Appeal letter — claim ${draft.data.claimNumber}` : 'Appeal letter'}
      >
        <ProblemAlert error={draft.error} title="No draft" />
        {draft.isPending && <Loader size="sm" />}
        {draft.data && <LetterEditor itemId={itemId} draft={draft.data} />}
      </Modal>
    </>
  );
}

function LetterEditor({ itemId, draft }: { readonly itemId: string; readonly draft: AppealDraft }) {
  const [text, setText] = useState(draft.text);
  const print = usePrintAppeal(itemId, draft.claimNumber);
  const tooShort = text.trim().length < 20;
  return (
    <Stack gap="xs">
      <Textarea
        label="Letter"
        description="Edit the argument and the enclosures; the PDF prints exactly this text."
        autosize
        minRows={18}
        maxRows={30}
        data-autofocus
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.ctrlKey && !tooShort) print.mutate(text);
        }}
      />
      <ProblemAlert error={print.error} title="Not printed" />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {print.data
            ? `Downloaded ${print.data}; the denial notes that the appeal was printed.`
            : `${text.length.toLocaleString('en-US')} characters`}
        </Text>
        <Group gap="xs">
          <Button
            variant="subtle"
            onClick={() => setText(draft.text)}
            disabled={text === draft.text}
          >
            Back to the draft
          </Button>
          <Button loading={print.isPending} disabled={tooShort} onClick={() => print.mutate(text)}>
            Print PDF
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
