// Labels of case data in the interface language: stages from the lifecycle, HTCDS vocabularies,
// languages and places from the domain packages, countries from Intl (or Haven's own data where the
// browser has none for the language, src/web/i18n/intl.ts).
import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '../../../domain/locales.ts';
import { LANGUAGES, languageName } from '../../../domain/languages.ts';
import { STAGE_LABELS, STAGES, type Stage } from '../../../domain/lifecycle/index.ts';
import { Gender, TypeOfExploitation, vocabularyLabel } from '../../../domain/vocabularies/index.ts';
import { unitName, useUnits } from '../../api/referenceQueries.ts';
import { ISO_COUNTRIES } from '../../i18n/countries.ts';
import { countryName } from '../../i18n/intl.ts';
import { useMe } from '../../session/session.ts';

export function currentLocale(language: string): Locale {
  return isLocale(language) ? language : 'en';
}

export { countryName };

export function countryOptions(locale: Locale) {
  return ISO_COUNTRIES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}

export function languageOptions(locale: Locale) {
  return LANGUAGES.map((language) => ({ value: language.code, label: language.names[locale] })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}

export function stageLabel(stage: string, locale: Locale): string {
  return (STAGES as readonly string[]).includes(stage) ? STAGE_LABELS[stage as Stage][locale] : stage;
}

export function stageOptions(locale: Locale) {
  return STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage][locale] }));
}

export function genderOptions(locale: Locale) {
  return Gender.map((value) => ({ value, label: vocabularyLabel('gender', value, locale) }));
}

export function exploitationOptions(locale: Locale) {
  return TypeOfExploitation.map((value) => ({
    value,
    label: vocabularyLabel('typeOfExploitation', value, locale),
  }));
}

/** Everything a case page needs to turn codes into words. */
export function useCaseLabels() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const me = useMe();
  const units = useUnits(me.user.country);
  const byCode = new Map((units.data ?? []).map((unit) => [unit.code, unit]));
  const unit = (code: string | null | undefined) => {
    if (!code) return '—';
    const found = byCode.get(code);
    return found ? unitName(found, locale) : code;
  };
  /** A district with its region, e.g. "Berehove District, Zakarpattia Oblast". */
  const place = (code: string | null | undefined) => {
    if (!code) return '—';
    const found = byCode.get(code);
    if (!found) return code;
    const parent = found.parentCode ? byCode.get(found.parentCode) : undefined;
    return parent && parent.level !== 'country'
      ? `${unitName(found, locale)}, ${unitName(parent, locale)}`
      : unitName(found, locale);
  };
  return {
    locale,
    units,
    unit,
    place,
    stage: (stage: string) => stageLabel(stage, locale),
    status: (status: string) => t(`cases.status.${status}`, { defaultValue: status }),
    gender: (gender: string) => vocabularyLabel('gender', gender, locale),
    exploitation: (value: string) => vocabularyLabel('typeOfExploitation', value, locale),
    ageBand: (band: string) => t(`cases.ageBand.${band}`, { defaultValue: band }),
    language: (code: string) => languageName(code, locale),
    country: (code: string) => countryName(code, locale),
  };
}
