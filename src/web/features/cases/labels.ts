// Labels of case data in the interface language: stages from the lifecycle, HTCDS vocabularies,
// languages and places from the domain packages, countries from the browser's Intl data.
import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '../../../domain/locales.ts';
import { LANGUAGES, languageName } from '../../../domain/languages.ts';
import { STAGE_LABELS, STAGES, type Stage } from '../../../domain/lifecycle/index.ts';
import { Gender, TypeOfExploitation, vocabularyLabel } from '../../../domain/vocabularies/index.ts';
import { unitName, useUnits } from '../../api/referenceQueries.ts';
import { useMe } from '../../session/session.ts';

// ISO 3166-1 alpha-2 codes (officially assigned), for citizenship and document pickers.
const ISO_COUNTRIES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(
    ' ',
  );

export function currentLocale(language: string): Locale {
  return isLocale(language) ? language : 'en';
}

export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

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
