import type { LocalisedText } from '../../locales.ts';
import { t } from '../localised.ts';

// English: the item as the ILO/EC lists word it ("victim" is the child). Ukrainian, Russian, Romanian
// and Belarusian: translated for practitioners, saying "the child" where the lists say "victim"; not yet
// reviewed by a native practitioner (the set's `wording` says so).

export const DECEPTIVE_RECRUITMENT = {
  job: t(
    'Deceived about the nature of the job, location or employer',
    'Обман щодо характеру роботи, місця чи роботодавця',
    'Обман относительно характера работы, места или работодателя',
    'Înșelăciune privind natura muncii, locul sau angajatorul',
    'Падман адносна характару працы, месца ці наймальніка',
  ),
  education: t(
    'Deceived about access to education opportunities',
    'Обман щодо можливості здобути освіту',
    'Обман относительно возможности получить образование',
    'Înșelăciune privind accesul la educație',
    'Падман адносна магчымасці атрымаць адукацыю',
  ),
  'work-conditions': t(
    'Deceived about conditions of work',
    'Обман щодо умов праці',
    'Обман относительно условий труда',
    'Înșelăciune privind condițiile de muncă',
    'Падман адносна ўмоў працы',
  ),
  contract: t(
    'Deceived about content or legality of work contract',
    'Обман щодо змісту чи законності трудового договору',
    'Обман относительно содержания или законности трудового договора',
    'Înșelăciune privind conținutul sau legalitatea contractului de muncă',
    'Падман адносна зместу ці законнасці працоўнага дагавора',
  ),
  'family-reunification': t(
    'Deceived about family reunification',
    'Обман щодо возз’єднання з родиною',
    'Обман относительно воссоединения с семьёй',
    'Înșelăciune privind reîntregirea familiei',
    'Падман адносна ўз’яднання з сям’ёй',
  ),
  'living-conditions': t(
    'Deceived about housing and living conditions',
    'Обман щодо житла та умов проживання',
    'Обман относительно жилья и условий проживания',
    'Înșelăciune privind locuința și condițiile de trai',
    'Падман адносна жылля і ўмоў пражывання',
  ),
  'legal-status': t(
    'Deceived about legal documentation or obtaining legal migration status',
    'Обман щодо документів або отримання законного міграційного статусу',
    'Обман относительно документов или получения законного миграционного статуса',
    'Înșelăciune privind actele sau obținerea unui statut legal de migrant',
    'Падман адносна дакументаў або атрымання законнага міграцыйнага статусу',
  ),
  travel: t(
    'Deceived about travel and recruitment conditions',
    'Обман щодо умов поїздки та вербування',
    'Обман относительно условий поездки и вербовки',
    'Înșelăciune privind condițiile călătoriei și ale recrutării',
    'Падман адносна ўмоў паездкі і вярбоўкі',
  ),
  wages: t(
    'Deceived about wages/earnings',
    'Обман щодо оплати праці чи заробітку',
    'Обман относительно оплаты труда или заработка',
    'Înșelăciune privind salariul sau câștigurile',
    'Падман адносна аплаты працы ці заробку',
  ),
  'marriage-adoption': t(
    'Deceived through promises of marriage or adoption',
    'Обман через обіцянки шлюбу чи усиновлення',
    'Обман посредством обещаний брака или усыновления',
    'Înșelăciune prin promisiuni de căsătorie sau adopție',
    'Падман праз абяцанні шлюбу ці ўсынаўлення',
  ),
} satisfies Record<string, LocalisedText>;

/** Coercion items the lists repeat at destination keep one wording in both places. */
export const COERCION = {
  'abduction-sale': t(
    'Abduction, forced marriage, forced adoption or selling of victim',
    'Викрадення, примусовий шлюб, примусове усиновлення або продаж дитини',
    'Похищение, принудительный брак, принудительное усыновление или продажа ребёнка',
    'Răpire, căsătorie forțată, adopție forțată sau vânzarea copilului',
    'Выкраданне, прымусовы шлюб, прымусовае ўсынаўленне або продаж дзіцяці',
  ),
  debt: t('Debt bondage', 'Боргова кабала', 'Долговая кабала', 'Servitute pentru datorii', 'Даўгавая кабала'),
  'threat-violence': t(
    'Threats of violence against victim',
    'Погрози насильством щодо дитини',
    'Угрозы насилием в отношении ребёнка',
    'Amenințări cu violența la adresa copilului',
    'Пагрозы гвалтам у дачыненні да дзіцяці',
  ),
  violence: t(
    'Violence on victims',
    'Насильство щодо дитини',
    'Насилие в отношении ребёнка',
    'Violență asupra copilului',
    'Гвалт у дачыненні да дзіцяці',
  ),
  documents: t(
    'Confiscation of documents',
    'Вилучення документів',
    'Изъятие документов',
    'Confiscarea actelor',
    'Адабранне дакументаў',
  ),
  isolation: t(
    'Isolation, confinement or surveillance',
    'Ізоляція, позбавлення волі чи стеження',
    'Изоляция, лишение свободы или слежка',
    'Izolare, sechestrare sau supraveghere',
    'Ізаляцыя, пазбаўленне волі ці сачэнне',
  ),
  'threat-authorities': t(
    'Threat of denunciation to authorities',
    'Погроза донести на дитину органам влади',
    'Угроза донести на ребёнка властям',
    'Amenințarea cu denunțarea la autorități',
    'Пагроза данесці на дзіця ўладам',
  ),
  'threat-inform': t(
    'Threats to inform family, community or public',
    'Погрози повідомити родину, громаду чи розголосити',
    'Угрозы сообщить семье, окружению или предать огласке',
    'Amenințări cu informarea familiei, a comunității sau a publicului',
    'Пагрозы паведаміць сям’і, грамадзе ці разгаласіць',
  ),
  'family-violence': t(
    'Violence on family (threats or effective)',
    'Насильство щодо родини (погрози або реальне)',
    'Насилие в отношении семьи (угрозы или реальное)',
    'Violență asupra familiei (amenințări sau fapte)',
    'Гвалт у дачыненні да сям’і (пагрозы або рэальны)',
  ),
} satisfies Record<string, LocalisedText>;

export const COERCIVE_RECRUITMENT = {
  ...COERCION,
  'money-withheld': t(
    'Withholding of money',
    'Утримання грошей',
    'Удержание денег',
    'Reținerea banilor',
    'Утрыманне грошай',
  ),
} satisfies Record<string, LocalisedText>;

/** Circumstances the lists repeat at destination keep one wording in both places. */
export const CIRCUMSTANCES = {
  economic: t(
    'Economic reasons',
    'Економічні причини',
    'Экономические причины',
    'Motive economice',
    'Эканамічныя прычыны',
  ),
  'family-situation': t(
    'Family situation',
    'Сімейні обставини',
    'Семейные обстоятельства',
    'Situația familială',
    'Сямейныя абставіны',
  ),
  'authorities-legal-status': t(
    'Relationship with authorities/legal status',
    'Стосунки з органами влади / правовий статус',
    'Отношения с властями / правовой статус',
    'Relația cu autoritățile / statutul juridic',
    'Адносіны з уладамі / прававы статус',
  ),
  'past-difficulties': t(
    'Difficulties in the past',
    'Труднощі в минулому',
    'Трудности в прошлом',
    'Dificultăți în trecut',
    'Цяжкасці ў мінулым',
  ),
} satisfies Record<string, LocalisedText>;

export const VULNERABILITY_RECRUITMENT = {
  'difficult-family': t(
    'Abuse of difficult family situation',
    'Використання складної ситуації в родині',
    'Использование трудной ситуации в семье',
    'Profitarea de o situație familială dificilă',
    'Выкарыстанне цяжкай сітуацыі ў сям’і',
  ),
  'illegal-status': t(
    'Abuse of illegal status',
    'Використання незаконного статусу перебування',
    'Использование незаконного статуса пребывания',
    'Profitarea de șederea ilegală',
    'Выкарыстанне незаконнага статусу знаходжання',
  ),
  'lack-education': t(
    'Abuse of lack of education (language)',
    'Використання браку освіти (незнання мови)',
    'Использование недостатка образования (незнания языка)',
    'Profitarea de lipsa de educație (necunoașterea limbii)',
    'Выкарыстанне недахопу адукацыі (няведання мовы)',
  ),
  'lack-information': t(
    'Abuse of lack of information',
    'Використання нестачі інформації',
    'Использование недостатка информации',
    'Profitarea de lipsa de informații',
    'Выкарыстанне недахопу інфармацыі',
  ),
  'control-exploiters': t(
    'Control of exploiters',
    'Контроль з боку експлуататорів',
    'Контроль со стороны эксплуататоров',
    'Controlul exercitat de exploatatori',
    'Кантроль з боку эксплуататараў',
  ),
  'false-migration-info': t(
    'False information about successful migration',
    'Неправдива інформація про успішну міграцію',
    'Ложная информация об успешной миграции',
    'Informații false despre migrația reușită',
    'Непраўдзівая інфармацыя пра паспяховую міграцыю',
  ),
  'personal-situation': t(
    'Personal situation',
    'Особисті обставини',
    'Личные обстоятельства',
    'Situația personală',
    'Асабістыя абставіны',
  ),
  dependency: t(
    'Psychological and emotional dependency',
    'Психологічна та емоційна залежність',
    'Психологическая и эмоциональная зависимость',
    'Dependență psihologică și emoțională',
    'Псіхалагічная і эмацыйная залежнасць',
  ),
  'travel-difficulty': t(
    'Difficulty to organize the travel',
    'Труднощі з організацією поїздки',
    'Трудности с организацией поездки',
    'Dificultatea de a organiza călătoria',
    'Цяжкасці з арганізацыяй паездкі',
  ),
  beliefs: t(
    'Abuse of cultural/religious beliefs',
    'Використання культурних чи релігійних переконань',
    'Использование культурных или религиозных убеждений',
    'Profitarea de convingerile culturale sau religioase',
    'Выкарыстанне культурных ці рэлігійных перакананняў',
  ),
  'general-context': t(
    'General context',
    'Загальна ситуація (у країні чи регіоні)',
    'Общая ситуация (в стране или регионе)',
    'Contextul general (din țară sau regiune)',
    'Агульная сітуацыя (у краіне ці рэгіёне)',
  ),
  ...CIRCUMSTANCES,
} satisfies Record<string, LocalisedText>;
