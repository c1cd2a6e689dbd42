import type { LocalisedText } from '../../locales.ts';
import type { EducationLevel, Gender } from '../person.ts';
import { text } from './text.ts';

export const GENDER_LABELS: Record<Gender, LocalisedText> = {
  Feminine: text('Female', 'Жіноча', 'Женский', 'Feminin', 'Жаночы'),
  Masculine: text('Male', 'Чоловіча', 'Мужской', 'Masculin', 'Мужчынскі'),
  TransgenderFeminine: text(
    'Transgender (female)',
    'Трансгендерна особа (жіноча)',
    'Трансгендерный человек (женский)',
    'Persoană transgen (feminin)',
    'Трансгендарная асоба (жаночы)',
  ),
  TransgenderMasculine: text(
    'Transgender (male)',
    'Трансгендерна особа (чоловіча)',
    'Трансгендерный человек (мужской)',
    'Persoană transgen (masculin)',
    'Трансгендарная асоба (мужчынскі)',
  ),
  NonConforming: text(
    'Another gender identity',
    'Інша гендерна ідентичність',
    'Иная гендерная идентичность',
    'Altă identitate de gen',
    'Іншая гендарная ідэнтычнасць',
  ),
  NonSpecifiedUnknown: text(
    'Not specified / unknown',
    'Не зазначено / невідомо',
    'Не указано / неизвестно',
    'Nespecificat / necunoscut',
    'Не пазначана / невядома',
  ),
};

// Worded as the national school systems name the stage, so a caseworker recognises it at once;
// ISCED_LEVEL keeps the comparable number for statistics.
export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, LocalisedText> = {
  EarlyChildhoodEducation: text(
    'Early childhood education',
    'Дошкільна освіта',
    'Дошкольное образование',
    'Educație timpurie',
    'Дашкольная адукацыя',
  ),
  PrimaryEducation: text(
    'Primary education',
    'Початкова освіта',
    'Начальное образование',
    'Învățământ primar',
    'Пачатковая адукацыя',
  ),
  LowerSecondaryEducation: text(
    'Lower secondary education',
    'Базова середня освіта',
    'Основное общее образование',
    'Învățământ gimnazial',
    'Базавая адукацыя',
  ),
  UpperSecondaryEducation: text(
    'Upper secondary education',
    'Повна загальна середня освіта',
    'Среднее общее образование',
    'Învățământ liceal',
    'Агульная сярэдняя адукацыя',
  ),
  PostSecondaryNonTertiaryEducation: text(
    'Post-secondary vocational education',
    'Професійна освіта після середньої школи',
    'Профессиональное образование после средней школы',
    'Învățământ postliceal',
    'Прафесійная адукацыя пасля сярэдняй школы',
  ),
  ShortCycleTertiaryEducation: text(
    'Short-cycle tertiary education (college)',
    'Фахова передвища освіта (коледж)',
    'Среднее специальное образование (колледж)',
    'Învățământ terțiar de scurtă durată (colegiu)',
    'Сярэдняя спецыяльная адукацыя (каледж)',
  ),
  BachelorOrEquivalent: text(
    "Bachelor's or equivalent",
    'Бакалавр або рівноцінний рівень',
    'Бакалавриат или эквивалент',
    'Licență sau echivalent',
    'Бакалаўрыят або эквівалент',
  ),
  MasterOrEquivalent: text(
    "Master's or equivalent",
    'Магістр або рівноцінний рівень',
    'Магистратура или эквивалент',
    'Master sau echivalent',
    'Магістратура або эквівалент',
  ),
  DoctoralOrEquivalent: text(
    'Doctoral or equivalent',
    'Доктор філософії або рівноцінний рівень',
    'Аспирантура, докторантура или эквивалент',
    'Doctorat sau echivalent',
    'Аспірантура, дактарантура або эквівалент',
  ),
};
