// Documents attached to the case (scans, reports, certificates). Each carries a confidentiality class;
// the server lists only the classes the user's field groups allow and the upload form offers only those.
// The file goes to the server as the raw request body with its own content type; the server sniffs the
// bytes and refuses a file whose content does not match. Downloads are plain links (the server answers
// with Content-Disposition: attachment) and every download is recorded in the audit log.
import {
  Alert,
  Anchor,
  Button,
  Center,
  FileInput,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AssignableUser,
  assignApi,
  attachmentsApi,
  type CaseFile,
  caseKeys,
  MAX_ATTACHMENT_BYTES,
  type NoteClass,
} from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useMe } from '../../session/session.ts';
import { allowedNoteClasses } from './NotesTab.tsx';
import { formatNumber } from '../../i18n/intl.ts';

const ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.webp,.docx,.odt,.txt,application/pdf,image/png,image/jpeg,image/webp,text/plain';

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'text/plain': 'TXT',
};

export function formatSize(bytes: number, locale: string): string {
  const number = (value: number, digits: number) =>
    formatNumber(value, locale, { maximumFractionDigits: digits });
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 1)} KiB`;
  return `${number(bytes / (1024 * 1024), 1)} MiB`;
}

export function DocumentsTab({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const documents = useQuery({
    queryKey: caseKeys.sub(file.id, 'attachments'),
    queryFn: () => attachmentsApi.list(file.id),
  });
  // Names of the owning agency's staff, where the user may see that list; the API gives uploader ids.
  const staff = useQuery({
    queryKey: caseKeys.sub(file.id, 'assignable-users'),
    queryFn: () => assignApi.users(file.id),
    enabled: file.allowedActions.includes('cases.transfer'),
  });
  const who = (id: string | null) => {
    if (!id) return '—';
    if (id === me.user.id) return t('cases.documents.you');
    return (
      staff.data?.items.find((user: AssignableUser) => user.id === id)?.displayName ??
      t('cases.documents.colleague')
    );
  };
  const canAdd = file.allowedActions.includes('cases.update');
  const items = (documents.data?.items ?? [])
    .slice()
    .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('cases.documents.title')}
      </Title>
      <Text size="sm">{t('cases.documents.auditNote')}</Text>
      {canAdd && <UploadForm caseId={file.id} classes={allowedNoteClasses(file.fieldGroups)} />}
      {documents.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      <ErrorAlert error={documents.error} />
      {documents.data && items.length === 0 && <Text>{t('cases.documents.none')}</Text>}
      {items.length > 0 && (
        <TableScroller label={t('cases.documents.caption')} minWidth={720}>
          <Table striped>
            <Table.Caption>{t('cases.documents.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.documents.fileName')}</Table.Th>
                <Table.Th scope="col">{t('cases.documents.type')}</Table.Th>
                <Table.Th scope="col">{t('cases.documents.size')}</Table.Th>
                <Table.Th scope="col">{t('cases.documents.class')}</Table.Th>
                <Table.Th scope="col">{t('cases.documents.uploadedBy')}</Table.Th>
                <Table.Th scope="col">{t('cases.documents.uploadedAt')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('cases.documents.download')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{item.fileName}</Table.Td>
                  <Table.Td>{TYPE_NAMES[item.contentType] ?? item.contentType}</Table.Td>
                  <Table.Td>{formatSize(item.size, i18n.language)}</Table.Td>
                  <Table.Td>{t(`cases.notes.classes.${item.class}`, { defaultValue: item.class })}</Table.Td>
                  <Table.Td>{who(item.uploadedBy)}</Table.Td>
                  <Table.Td>{formatDateTime(item.uploadedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Anchor href={attachmentsApi.downloadUrl(file.id, item.id)} download={item.fileName}>
                      {t('cases.documents.downloadNamed', { name: item.fileName })}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
    </Stack>
  );
}

function uploadProblem(t: ReturnType<typeof useTranslation>['t'], error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 413) return t('cases.documents.tooLarge');
  if (error.code === 'content_type_mismatch') return t('cases.documents.mismatch');
  if (error.status === 415) return t('cases.documents.unsupported');
  if (error.code === 'validation_failed') return t('cases.documents.invalid');
  return null;
}

function UploadForm({ caseId, classes }: { caseId: string; classes: NoteClass[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [recordClass, setRecordClass] = useState<NoteClass>('general');
  const [chosen, setChosen] = useState<File | null>(null);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => attachmentsApi.upload(caseId, file, recordClass),
    onSuccess: async (attachment) => {
      setChosen(null);
      setTried(false);
      setDone(attachment.fileName);
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'attachments') });
    },
  });
  const tooLarge = chosen !== null && chosen.size > MAX_ATTACHMENT_BYTES;
  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setDone(null);
    if (!chosen || tooLarge || upload.isPending) return;
    upload.mutate(chosen);
  }
  const problem = uploadProblem(t, upload.error);
  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <Title order={3} size="h4">
          {t('cases.documents.upload')}
        </Title>
        {problem ? (
          <Alert color="red" variant="light" title={t('cases.documents.uploadFailed')} role="alert">
            {problem}
          </Alert>
        ) : (
          <ErrorAlert error={upload.error} />
        )}
        {done && (
          <Alert color="green" variant="light" role="status">
            {t('cases.documents.uploaded', { name: done })}
          </Alert>
        )}
        <Group align="flex-start" grow>
          <FileInput
            label={t('cases.documents.file')}
            description={t('cases.documents.fileHelp')}
            placeholder={t('cases.documents.choose')}
            accept={ACCEPT}
            value={chosen}
            onChange={(value) => {
              upload.reset();
              setDone(null);
              setChosen(value);
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            error={
              tried && !chosen
                ? t('cases.documents.needFile')
                : tooLarge
                  ? t('cases.documents.tooLarge')
                  : null
            }
            required
          />
          <Select
            label={t('cases.notes.class')}
            description={t('cases.documents.classHelp')}
            data={classes.map((value) => ({ value, label: t(`cases.notes.classes.${value}`) }))}
            value={recordClass}
            onChange={(value) => setRecordClass((value ?? 'general') as NoteClass)}
            allowDeselect={false}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={upload.isPending}>
            {t('cases.documents.uploadButton')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
