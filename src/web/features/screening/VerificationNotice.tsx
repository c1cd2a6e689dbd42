// Says plainly, above the checklist, how far the indicator set in use can be trusted as a copy of the
// ILO/EC publication: how the list was transcribed, how many items await checking against the printed
// page, and whether the wording in the reader's language is an unreviewed translation.
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorReference } from '../../api/cases.ts';
import { currentLocale } from '../cases/labels.ts';
import { itemsToVerify } from './reference.ts';

export function VerificationNotice({
  reference,
  list,
}: {
  reference: IndicatorReference;
  list: 'labour' | 'sexual';
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const basis = reference.lists.find((item) => item.id === list)?.basis;
  const count = itemsToVerify(reference, list);
  const unreviewed = reference.wording[locale] === 'translated-not-reviewed';
  if (count === 0 && !unreviewed) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('ilo.verifyTitle')}
      // Mantine's yellow title on its light yellow is 2.7:1; the body colour keeps WCAG AA (4.5:1).
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      data-testid="verification-notice"
    >
      {basis && <Text size="sm">{t(`ilo.basis.${basis}`)}</Text>}
      {count > 0 && (
        <Text size="sm">{t('ilo.toVerify', { number: count, reference: reference.source.reference })}</Text>
      )}
      {unreviewed && <Text size="sm">{t('ilo.wordingNotReviewed')}</Text>}
    </Alert>
  );
}
