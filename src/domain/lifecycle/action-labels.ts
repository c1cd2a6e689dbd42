import type { LocalisedText } from '../locales.ts';
import type { ActionType, CaseClosureReason } from './actions.ts';

const t = (en: string, uk: string, ru: string, ro: string, be: string): LocalisedText => ({
  en,
  uk,
  ru,
  ro,
  be,
});

/** Button and history labels for each action, so the UI can draw TRANSITIONS in any locale. */
export const ACTION_LABELS: Record<ActionType, LocalisedText> = {
  open: t('Open case', 'Відкрити справу', 'Открыть дело', 'Deschide cazul', 'Адкрыць справу'),
  presume: t(
    'Presume a victim',
    'Визнати ймовірно постраждалою',
    'Признать предполагаемой жертвой',
    'Consideră victimă prezumată',
    'Прызнаць меркаванай ахвярай',
  ),
  identify: t(
    'Record identification',
    'Зафіксувати встановлення статусу',
    'Зафиксировать признание жертвой',
    'Înregistrează identificarea',
    'Зафіксаваць прызнанне ахвярай',
  ),
  'decide-not-victim': t(
    'Not a victim: close',
    'Не є постраждалою: закрити',
    'Не является жертвой: закрыть',
    'Nu este victimă: închide',
    'Не з’яўляецца ахвярай: закрыць',
  ),
  'start-assistance': t(
    'Start assistance',
    'Розпочати надання допомоги',
    'Начать оказание помощи',
    'Începe asistența',
    'Пачаць аказанне дапамогі',
  ),
  'start-monitoring': t(
    'Start reintegration monitoring',
    'Розпочати моніторинг реінтеграції',
    'Начать мониторинг реинтеграции',
    'Începe monitorizarea reintegrării',
    'Пачаць маніторынг рэінтэграцыі',
  ),
  'request-closure': t(
    'Request closure',
    'Запросити закриття',
    'Запросить закрытие',
    'Solicită închiderea',
    'Запытаць закрыццё',
  ),
  'approve-closure': t(
    'Approve closure',
    'Погодити закриття',
    'Утвердить закрытие',
    'Aprobă închiderea',
    'Зацвердзіць закрыццё',
  ),
  'reject-closure': t(
    'Reject closure',
    'Відхилити закриття',
    'Отклонить закрытие',
    'Respinge închiderea',
    'Адхіліць закрыццё',
  ),
  reopen: t('Reopen case', 'Поновити справу', 'Возобновить дело', 'Redeschide cazul', 'Аднавіць справу'),
  transfer: t(
    'Transfer to another agency',
    'Передати іншій установі',
    'Передать другому учреждению',
    'Transferă altei instituții',
    'Перадаць іншай установе',
  ),
  assign: t(
    'Assign caseworker',
    'Призначити відповідального фахівця',
    'Назначить ответственного специалиста',
    'Desemnează managerul de caz',
    'Прызначыць адказнага спецыяліста',
  ),
};

export const CASE_CLOSURE_REASON_LABELS: Record<CaseClosureReason, LocalisedText> = {
  reintegrated: t(
    'Reintegration achieved',
    'Реінтеграцію досягнуто',
    'Реинтеграция достигнута',
    'Reintegrare reușită',
    'Рэінтэграцыя дасягнута',
  ),
  transferred: t(
    'Transferred to another organisation',
    'Передано іншій організації',
    'Передано другой организации',
    'Transmis altei organizații',
    'Перададзена іншай арганізацыі',
  ),
  'moved-abroad': t(
    'Moved abroad',
    'Виїзд за кордон',
    'Выезд за границу',
    'Plecat(ă) în străinătate',
    'Выезд за мяжу',
  ),
  'reached-adulthood': t(
    'Reached adulthood',
    'Досягнення повноліття',
    'Достижение совершеннолетия',
    'A atins majoratul',
    'Дасягненне паўналецця',
  ),
  'lost-contact': t(
    'Contact lost',
    'Зв’язок втрачено',
    'Связь потеряна',
    'Contact pierdut',
    'Сувязь страчана',
  ),
  deceased: t('Deceased', 'Смерть', 'Смерть', 'Deces', 'Смерць'),
  'opened-in-error': t(
    'Opened in error',
    'Відкрито помилково',
    'Открыто ошибочно',
    'Deschis din eroare',
    'Адкрыта памылкова',
  ),
  other: t(
    'Other (explained)',
    'Інше (з поясненням)',
    'Другое (с пояснением)',
    'Altele (cu explicație)',
    'Іншае (з тлумачэннем)',
  ),
};
