// Words for the directory's codes in the interface language: service kinds from the domain package,
// weekdays from i18n/intl.ts, places from the reference units.
import { useTranslation } from 'react-i18next';
import { SERVICE_KINDS, type ServiceKind } from '../../../domain/directory/service-kinds.ts';
import { languageName } from '../../../domain/languages.ts';
import { vocabularyLabel } from '../../../domain/vocabularies/index.ts';
import type { OpeningHours } from '../../api/directory.ts';
import { unitName, useUnits } from '../../api/referenceQueries.ts';
import { useMe } from '../../session/session.ts';
import { currentLocale } from '../cases/labels.ts';
import { weekdayName } from '../../i18n/intl.ts';

export const KIND_CODES = SERVICE_KINDS.map((info) => info.kind) as ServiceKind[];

export { weekdayName };

export function useDirectoryLabels() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const me = useMe();
  const units = useUnits(me.user.country);
  const byCode = new Map((units.data ?? []).map((unit) => [unit.code, unit]));
  const kindNames = new Map<string, string>(SERVICE_KINDS.map((info) => [info.kind, info.names[locale]]));
  const unit = (code: string) => {
    const found = byCode.get(code);
    return found ? unitName(found, locale) : code;
  };
  const hours = (opening: OpeningHours) => {
    if (opening.alwaysOpen) return t('directory.hours.always');
    if (opening.weekly.length === 0) return t('directory.hours.none');
    return [...opening.weekly]
      .sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens))
      .map((slot) => `${weekdayName(slot.day, locale)} ${slot.opens}–${slot.closes}`)
      .join(', ');
  };
  return {
    locale,
    units,
    unit,
    hours,
    kind: (kind: string) => kindNames.get(kind) ?? kind,
    kindOptions: () => KIND_CODES.map((kind) => ({ value: kind, label: kindNames.get(kind) ?? kind })),
    gender: (value: string) => vocabularyLabel('gender', value, locale),
    exploitation: (value: string) => vocabularyLabel('typeOfExploitation', value, locale),
    planType: (value: string) => vocabularyLabel('supportPlanType', value, locale),
    language: (code: string) => languageName(code, locale),
  };
}
