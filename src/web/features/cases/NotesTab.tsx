// Notes with a confidentiality class. The server returns only the classes the user's field groups
// allow (police never see health notes); the form offers only those classes too. Notes are append-only.
import { Button, Center, Group, Loader, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseFile,
  caseKeys,
  NOTE_CLASSES,
  type NoteClass,
  newIdempotencyKey,
  notesApi,
} from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { formatDateTime } from '../../i18n/format.ts';

export function allowedNoteClasses(fieldGroups: string[]): NoteClass[] {
  return NOTE_CLASSES.filter((c) => c === 'general' || fieldGroups.includes(c));
}

export function NotesTab({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation();
  const notes = useQuery({ queryKey: caseKeys.sub(file.id, 'notes'), queryFn: () => notesApi.list(file.id) });
  const canAdd = file.allowedActions.includes('cases.update');
  const classes = allowedNoteClasses(file.fieldGroups);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('cases.notes.title')}
      </Title>
      {canAdd && <NoteForm caseId={file.id} classes={classes} />}
      {notes.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      <ErrorAlert error={notes.error} />
      {notes.data && notes.data.items.length === 0 && <Text>{t('cases.notes.none')}</Text>}
      {notes.data?.items
        .slice()
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((note) => (
          <Paper key={note.id} withBorder p="sm" radius="md">
            <Text size="xs" c="dimmed">
              {t(`cases.notes.classes.${note.class}`)} · {note.authorName ?? '—'} ·{' '}
              {formatDateTime(note.createdAt, i18n.language)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {note.text}
            </Text>
          </Paper>
        ))}
    </Stack>
  );
}

function NoteForm({ caseId, classes }: { caseId: string; classes: NoteClass[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [noteClass, setNoteClass] = useState<NoteClass>('general');
  const [text, setText] = useState('');
  const key = useRef(newIdempotencyKey('note'));
  const add = useMutation({
    mutationFn: () => notesApi.add(caseId, { class: noteClass, text: text.trim() }, key.current),
    onSuccess: async () => {
      key.current = newIdempotencyKey('note');
      setText('');
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'notes') });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() && !add.isPending) add.mutate();
  }
  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <ErrorAlert error={add.error} />
        <Select
          label={t('cases.notes.class')}
          data={classes.map((value) => ({ value, label: t(`cases.notes.classes.${value}`) }))}
          value={noteClass}
          onChange={(value) => setNoteClass((value ?? 'general') as NoteClass)}
          allowDeselect={false}
          maw={320}
        />
        <Textarea
          label={t('cases.notes.text')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={3}
          required
        />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            {t('cases.notes.add')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
