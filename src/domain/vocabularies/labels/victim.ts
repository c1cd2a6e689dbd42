import type { LocalisedText } from '../../locales.ts';
import type {
  MethodOfControl,
  MethodOfRecruitment,
  RecruitmentApp,
  RelationshipToTrafficker,
  StatusDecisionMakingOrg,
  TraffickingStatus,
} from '../victim.ts';
import { OTHER, text } from './text.ts';

// UA law speaks of "a person who suffered from trafficking" (постраждала особа), MD law of
// "victimă prezumată"; the labels follow each language's legal usage rather than a literal gloss.
export const TRAFFICKING_STATUS_LABELS: Record<TraffickingStatus, LocalisedText> = {
  PossibleVictimOfTrafficking: text(
    'Presumed victim of trafficking',
    'Ймовірно постраждала від торгівлі людьми особа',
    'Предполагаемая жертва торговли людьми',
    'Victimă prezumată a traficului de ființe umane',
    'Меркаваная ахвяра гандлю людзьмі',
  ),
  ActualVictimOfTrafficking: text(
    'Identified victim of trafficking',
    'Особа, яка постраждала від торгівлі людьми (статус встановлено)',
    'Признанная жертва торговли людьми',
    'Victimă identificată a traficului de ființe umane',
    'Прызнаная ахвяра гандлю людзьмі',
  ),
  NotAVictimOfTrafficking: text(
    'Not a victim of trafficking',
    'Не є постраждалою від торгівлі людьми',
    'Не является жертвой торговли людьми',
    'Nu este victimă a traficului de ființe umane',
    'Не з’яўляецца ахвярай гандлю людзьмі',
  ),
};

// Belarus and (in Russian usage) parts of the region still say "militia" for the police.
export const STATUS_DECISION_MAKING_ORG_LABELS: Record<StatusDecisionMakingOrg, LocalisedText> = {
  Police: text('Police', 'Поліція', 'Полиция (милиция)', 'Poliția', 'Міліцыя (паліцыя)'),
  NGO: text(
    'Non-governmental organisation',
    'Громадська організація',
    'Общественная организация',
    'Organizație neguvernamentală',
    'Грамадская арганізацыя',
  ),
  CourtOrProsecution: text(
    'Court or prosecutor',
    'Суд або прокуратура',
    'Суд или прокуратура',
    'Instanța de judecată sau procuratura',
    'Суд або пракуратура',
  ),
  NonPoliceGovernmentalOrganization: text(
    'Government body other than police',
    'Державний орган (крім поліції)',
    'Государственный орган (кроме полиции)',
    'Autoritate publică (alta decât poliția)',
    'Дзяржаўны орган (акрамя міліцыі)',
  ),
  Other: OTHER,
};

export const RELATIONSHIP_TO_TRAFFICKER_LABELS: Record<RelationshipToTrafficker, LocalisedText> = {
  Familial: text('Family member', 'Член родини', 'Член семьи', 'Membru al familiei', 'Член сям’і'),
  Acquainted: text('Acquaintance', 'Знайома особа', 'Знакомый', 'Cunoștință', 'Знаёмы'),
  Unacquainted: text(
    'Stranger',
    'Незнайома особа',
    'Незнакомый человек',
    'Persoană necunoscută',
    'Незнаёмы чалавек',
  ),
};

export const METHOD_OF_RECRUITMENT_LABELS: Record<MethodOfRecruitment, LocalisedText> = {
  AtAPlaceOfBusiness: text(
    'At a business (shop, café, market)',
    'У закладі (магазин, кафе, ринок)',
    'В заведении (магазин, кафе, рынок)',
    'Într-un local (magazin, cafenea, piață)',
    'У установе (крама, кавярня, рынак)',
  ),
  AtAnEducationalInstitution: text(
    'At school or another educational institution',
    'У школі чи іншому закладі освіти',
    'В школе или другом учебном заведении',
    'La școală sau în altă instituție de învățământ',
    'У школе ці іншай установе адукацыі',
  ),
  AtWork: text('At work', 'На роботі', 'На работе', 'La locul de muncă', 'На працы'),
  ThroughOnlineSocialNetworks: text(
    'Through social networks online',
    'Через соціальні мережі',
    'Через социальные сети',
    'Prin rețelele de socializare',
    'Праз сацыяльныя сеткі',
  ),
  ThroughAnOnlineAdvertisement: text(
    'Through an online advertisement',
    'Через оголошення в інтернеті',
    'Через объявление в интернете',
    'Printr-un anunț pe internet',
    'Праз аб’яву ў інтэрнэце',
  ),
  ThroughATelevisionAdvert: text(
    'Through a television advert',
    'Через рекламу на телебаченні',
    'Через рекламу на телевидении',
    'Printr-o reclamă la televizor',
    'Праз рэкламу на тэлебачанні',
  ),
  ThroughANewspaperAdvert: text(
    'Through a newspaper advert',
    'Через оголошення в газеті',
    'Через объявление в газете',
    'Printr-un anunț în ziar',
    'Праз аб’яву ў газеце',
  ),
  ThroughFamilyOrFamilyEvents: text(
    'Through family or family events',
    'Через родину чи на родинних подіях',
    'Через семью или на семейных мероприятиях',
    'Prin familie sau la evenimente de familie',
    'Праз сям’ю ці на сямейных падзеях',
  ),
  ThroughFriendsOrSocialEvents: text(
    'Through friends or social events',
    'Через друзів чи на дозвіллі',
    'Через друзей или на досуге',
    'Prin prieteni sau la evenimente sociale',
    'Праз сяброў ці на сустрэчах',
  ),
  Other: OTHER,
};

// Brand names stay as the apps spell them; only "Other" is translated.
export const RECRUITMENT_APP_LABELS: Record<RecruitmentApp, LocalisedText> = {
  Facebook: brand('Facebook'),
  Instagram: brand('Instagram'),
  WhatsApp: brand('WhatsApp'),
  Telegram: brand('Telegram'),
  FacebookMessenger: brand('Facebook Messenger'),
  Viber: brand('Viber'),
  SnapChat: brand('Snapchat'),
  Line: brand('LINE'),
  '4Sale': brand('4Sale'),
  WeChat: brand('WeChat'),
  QQ: brand('QQ'),
  QZone: brand('Qzone'),
  TikTok: brand('TikTok'),
  Twitter: brand('X (Twitter)'),
  Other: OTHER,
};

function brand(name: string): LocalisedText {
  return text(name, name, name, name, name);
}

export const METHOD_OF_CONTROL_LABELS: Record<MethodOfControl, LocalisedText> = {
  PhysicalThreats: text(
    'Threats of violence',
    'Погрози фізичною розправою',
    'Угрозы физической расправой',
    'Amenințări cu violența',
    'Пагрозы фізічнай расправай',
  ),
  ThreatsLawEnforcement: text(
    'Threats to report to police or migration authorities',
    'Погрози повідомити поліцію чи міграційну службу',
    'Угрозы сообщить в полицию или миграционную службу',
    'Amenințări cu denunțarea la poliție sau la autoritățile de migrație',
    'Пагрозы паведаміць у міліцыю ці міграцыйную службу',
  ),
  ThreatensChildrenFamily: text(
    'Threats against family or children',
    'Погрози родині чи дітям',
    'Угрозы семье или детям',
    'Amenințări la adresa familiei sau a copiilor',
    'Пагрозы сям’і ці дзецям',
  ),
  DebtBondage: text(
    'Debt bondage',
    'Боргова кабала',
    'Долговая кабала',
    'Servitute pentru datorii',
    'Даўгавая кабала',
  ),
  FalsePromises: text(
    'False promises',
    'Неправдиві обіцянки',
    'Ложные обещания',
    'Promisiuni false',
    'Ілжывыя абяцанні',
  ),
  PhysicalAbuse: text(
    'Physical violence',
    'Фізичне насильство',
    'Физическое насилие',
    'Violență fizică',
    'Фізічны гвалт',
  ),
  SexualAbuse: text(
    'Sexual violence',
    'Сексуальне насильство',
    'Сексуальное насилие',
    'Violență sexuală',
    'Сэксуальны гвалт',
  ),
  TakesEarnings: text(
    'Takes the earnings',
    'Забирає заробіток',
    'Забирает заработок',
    'Îi ia câștigul',
    'Забірае заробак',
  ),
  RestrictsFinancialAccess: text(
    'Restricts access to money',
    'Обмежує доступ до грошей',
    'Ограничивает доступ к деньгам',
    'Restricționează accesul la bani',
    'Абмяжоўвае доступ да грошай',
  ),
  RestrictsMedicalCare: text(
    'Restricts access to medical care',
    'Обмежує доступ до медичної допомоги',
    'Ограничивает доступ к медицинской помощи',
    'Restricționează accesul la asistență medicală',
    'Абмяжоўвае доступ да медыцынскай дапамогі',
  ),
  WithholdsNecessities: text(
    'Withholds food, shelter or other necessities',
    'Позбавляє їжі, житла чи інших необхідних речей',
    'Лишает еды, жилья или других необходимых вещей',
    'Privează de hrană, adăpost sau alte necesități',
    'Пазбаўляе ежы, жылля ці іншага неабходнага',
  ),
  PsychologicalAbuse: text(
    'Psychological abuse',
    'Психологічне насильство',
    'Психологическое насилие',
    'Violență psihologică',
    'Псіхалагічны гвалт',
  ),
  PsychoactiveSubstance: text(
    'Control through alcohol or drugs',
    'Контроль через алкоголь чи наркотики',
    'Контроль с помощью алкоголя или наркотиков',
    'Control prin alcool sau droguri',
    'Кантроль праз алкаголь ці наркотыкі',
  ),
  ExcessiveWorkingHours: text(
    'Excessive working hours',
    'Надмірно тривалий робочий час',
    'Чрезмерно долгий рабочий день',
    'Program de muncă excesiv',
    'Празмерна доўгі працоўны дзень',
  ),
  WithholdsDocuments: text(
    'Withholds identity documents',
    'Забирає документи',
    'Отбирает документы',
    'Reține actele de identitate',
    'Забірае дакументы',
  ),
  RestrictsMovement: text(
    'Restricts movement or contact with others',
    'Обмежує пересування чи спілкування',
    'Ограничивает передвижение или общение',
    'Restricționează deplasarea sau contactele',
    'Абмяжоўвае перамяшчэнне ці зносіны',
  ),
  Other: OTHER,
};
