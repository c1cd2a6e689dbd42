// The subject-access export: one JSON file with what is held about the child, to whom it went and who
// saw it. Fetched through the client rather than a plain link, so the page can say which sections the
// person's field groups left out of this file (and so whose help completes it). Every download is audited.
import { Alert, Button, List, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { rightsApi, type SubjectAccessExport, type Withheld } from '../../api/rights.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

const KNOWN_SECTIONS = ['identity', 'traffickingHistory', 'screenings', 'monitoring', 'justice'];

/** The server names sections in English for the file; the page says them in the person's language. */
export function withheldLabel(t: TFunction, item: Withheld): string {
  if (KNOWN_SECTIONS.includes(item.section)) return t(`caseRights.export.sections.${item.section}`);
  if (item.section.startsWith('health texts')) return t('caseRights.export.sections.healthTexts');
  if (item.section.startsWith('notes and attachments'))
    return t('caseRights.export.sections.notes', {
      class: t(`cases.notes.classes.${item.fieldGroup}`, { defaultValue: item.fieldGroup }),
    });
  return t('caseRights.export.sections.other', { group: item.fieldGroup });
}

function save(answer: SubjectAccessExport): void {
  const blob = new Blob([JSON.stringify(answer, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `subject-access-${answer.case.code}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by now; the object URL only held it for that click.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SubjectAccessSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => rightsApi.subjectAccess(caseId),
    onSuccess: save,
  });
  const withheld = download.data?.withheld ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="subject-access-heading">
      <Title order={2} size="h3" id="subject-access-heading">
        {t('caseRights.export.title')}
      </Title>
      <Text size="sm">{t('caseRights.export.help')}</Text>
      <div>
        <Button onClick={() => download.mutate()} loading={download.isPending} className="rights-button">
          {t('caseRights.export.download')}
        </Button>
      </div>
      <ErrorAlert error={download.error} />
      <div role="status">
        {download.data &&
          (withheld.length === 0 ? (
            <Alert color="green" variant="light" title={t('caseRights.export.done')}>
              {t('caseRights.export.complete', { count: download.data.accessLog.length })}
            </Alert>
          ) : (
            <Alert color="orange" variant="light" title={t('caseRights.export.done')}>
              <Text size="sm">{t('caseRights.export.incomplete')}</Text>
              <List size="sm" mt="xs" aria-label={t('caseRights.export.withheldList')}>
                {withheld.map((item) => (
                  <List.Item key={`${item.section}:${item.fieldGroup}`}>{withheldLabel(t, item)}</List.Item>
                ))}
              </List>
            </Alert>
          ))}
      </div>
    </Stack>
  );
}
