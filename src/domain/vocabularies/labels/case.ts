import type { LocalisedText } from '../../locales.ts';
import type {
  CaseStatus,
  ClosureReason,
  HistoricEventType,
  OrganisationType,
  PerpetratorRole,
  ReferralReason,
  SupportPlanType,
} from '../case.ts';
import { OTHER, text } from './text.ts';

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, LocalisedText> = {
  NGO: text(
    'Non-governmental organisation',
    'Громадська організація',
    'Общественная организация',
    'Organizație neguvernamentală',
    'Грамадская арганізацыя',
  ),
  LawEnforcement: text(
    'Law enforcement',
    'Правоохоронний орган',
    'Правоохранительный орган',
    'Organ de drept',
    'Праваахоўны орган',
  ),
  HealthServiceOrganisation: text(
    'Health care institution',
    'Заклад охорони здоров’я',
    'Учреждение здравоохранения',
    'Instituție medico-sanitară',
    'Установа аховы здароўя',
  ),
  CentralGovernmentOrganisation: text(
    'Central government body',
    'Центральний орган влади',
    'Центральный государственный орган',
    'Autoritate a administrației publice centrale',
    'Цэнтральны дзяржаўны орган',
  ),
  LocalGovernmentOrganisation: text(
    'Local authority',
    'Орган місцевої влади',
    'Орган местной власти',
    'Autoritate a administrației publice locale',
    'Мясцовы орган улады',
  ),
  ImmigrationService: text(
    'Migration service',
    'Міграційна служба',
    'Миграционная служба',
    'Serviciul de migrație',
    'Міграцыйная служба',
  ),
  LegalService: text(
    'Legal aid service',
    'Служба правової допомоги',
    'Служба юридической помощи',
    'Serviciu de asistență juridică',
    'Служба юрыдычнай дапамогі',
  ),
  CorporateBusiness: text(
    'Business',
    'Підприємство',
    'Коммерческая организация',
    'Întreprindere',
    'Камерцыйная арганізацыя',
  ),
  SchoolOrCollege: text(
    'School or college',
    'Школа чи коледж',
    'Школа или колледж',
    'Școală sau colegiu',
    'Школа ці каледж',
  ),
};

export const PERPETRATOR_ROLE_LABELS: Record<PerpetratorRole, LocalisedText> = {
  TravellingPartner: text(
    'Travelling companion',
    'Супутник у дорозі',
    'Попутчик',
    'Însoțitor de drum',
    'Спадарожнік',
  ),
  Transporter: text('Transporter', 'Перевізник', 'Перевозчик', 'Transportator', 'Перавозчык'),
  RecruiterOrIntermediary: text(
    'Recruiter or intermediary',
    'Вербувальник або посередник',
    'Вербовщик или посредник',
    'Recrutor sau intermediar',
    'Вярбоўшчык або пасярэднік',
  ),
  BrokerTravelAgent: text(
    'Broker or travel agent',
    'Посередник або турагент',
    'Брокер или турагент',
    'Broker sau agent de turism',
    'Брокер або турагент',
  ),
  Smuggler: text(
    'Smuggler (illegal border crossing)',
    'Переправник через кордон',
    'Переправщик через границу',
    'Călăuză (trecere ilegală a frontierei)',
    'Перапраўшчык праз мяжу',
  ),
  Abuser: text('Abuser', 'Кривдник', 'Обидчик', 'Agresor', 'Крыўдзіцель'),
  Kidnapper: text('Kidnapper', 'Викрадач', 'Похититель', 'Răpitor', 'Выкрадальнік'),
  Exploiter: text('Exploiter', 'Експлуататор', 'Эксплуататор', 'Exploatator', 'Эксплуататар'),
  SoldIndividual: text(
    'Sold the person',
    'Продав(-ла) особу',
    'Продал(-а) человека',
    'A vândut persoana',
    'Прадаў(-ла) чалавека',
  ),
  BoughtIndividual: text(
    'Bought the person',
    'Купив(-ла) особу',
    'Купил(-а) человека',
    'A cumpărat persoana',
    'Купіў(-ла) чалавека',
  ),
  Other: OTHER,
};

// Worded as a status on a case card ("справа" / "дело" / "dosar"), not as bare adjectives.
export const CASE_STATUS_LABELS: Record<CaseStatus, LocalisedText> = {
  Active: text('Active', 'У роботі', 'В работе', 'În lucru', 'У рабоце'),
  FollowUp: text(
    'Follow-up (monitoring)',
    'Супровід (моніторинг)',
    'Сопровождение (мониторинг)',
    'Monitorizare',
    'Суправаджэнне (маніторынг)',
  ),
  Closed: text('Closed', 'Закрито', 'Закрыто', 'Închis', 'Закрыта'),
  ClosedReferred: text(
    'Closed – referred elsewhere',
    'Закрито (передано іншій організації)',
    'Закрыто (передано другой организации)',
    'Închis (transmis altei organizații)',
    'Закрыта (перададзена іншай арганізацыі)',
  ),
};

export const CLOSURE_REASON_LABELS: Record<ClosureReason, LocalisedText> = {
  ReintegrationAchieved: text(
    'Reintegration achieved',
    'Реінтеграцію досягнуто',
    'Реинтеграция достигнута',
    'Reintegrare reușită',
    'Рэінтэграцыя дасягнута',
  ),
  ReferredToAnotherOrganisation: text(
    'Referred to another organisation',
    'Передано іншій організації',
    'Передано другой организации',
    'Transmis altei organizații',
    'Перададзена іншай арганізацыі',
  ),
  TransferredToAnotherCountry: text(
    'Transferred to another country',
    'Передано до іншої країни',
    'Передано в другую страну',
    'Transmis în altă țară',
    'Перададзена ў іншую краіну',
  ),
  MovedOutOfArea: text(
    'Moved out of the service area',
    'Переїзд за межі території обслуговування',
    'Переезд за пределы территории обслуживания',
    'Mutare în afara zonei deservite',
    'Пераезд за межы тэрыторыі абслугоўвання',
  ),
  ServicesDeclined: text(
    'Services declined',
    'Відмова від послуг',
    'Отказ от услуг',
    'Refuzul serviciilor',
    'Адмова ад паслуг',
  ),
  LostContact: text(
    'Contact lost',
    'Зв’язок втрачено',
    'Связь потеряна',
    'Contact pierdut',
    'Сувязь страчана',
  ),
  NotAVictimOfTrafficking: text(
    'Not a victim of trafficking',
    'Не є постраждалою від торгівлі людьми',
    'Не является жертвой торговли людьми',
    'Nu este victimă a traficului',
    'Не з’яўляецца ахвярай гандлю людзьмі',
  ),
  DuplicateRecord: text(
    'Duplicate record',
    'Дублікат запису',
    'Дубликат записи',
    'Înregistrare dublată',
    'Дублікат запісу',
  ),
  Deceased: text('Deceased', 'Смерть особи', 'Смерть лица', 'Deces', 'Смерць асобы'),
  Other: OTHER,
};

export const REFERRAL_REASON_LABELS: Record<ReferralReason, LocalisedText> = {
  AdditionalServicesRequired: text(
    'Additional services needed',
    'Потрібні додаткові послуги',
    'Требуются дополнительные услуги',
    'Sunt necesare servicii suplimentare',
    'Патрэбныя дадатковыя паслугі',
  ),
  MigrationOrChangeOfLocation: text(
    'Move or change of location',
    'Переїзд або зміна місця перебування',
    'Переезд или смена места пребывания',
    'Mutare sau schimbarea locului de ședere',
    'Пераезд або змена месца знаходжання',
  ),
  Other: OTHER,
};

export const HISTORIC_EVENT_TYPE_LABELS: Record<HistoricEventType, LocalisedText> = {
  Recruitment: text('Recruitment', 'Вербування', 'Вербовка', 'Recrutare', 'Вярбоўка'),
  Transit: text('Transit', 'Транзит', 'Транзит', 'Tranzit', 'Транзіт'),
  Exploitation: text('Exploitation', 'Експлуатація', 'Эксплуатация', 'Exploatare', 'Эксплуатацыя'),
};

export const SUPPORT_PLAN_TYPE_LABELS: Record<SupportPlanType, LocalisedText> = {
  Education: text('Education', 'Освіта', 'Образование', 'Educație', 'Адукацыя'),
  Financial: text(
    'Financial support',
    'Фінансова допомога',
    'Финансовая помощь',
    'Sprijin financiar',
    'Фінансавая дапамога',
  ),
  Health: text(
    'Health care',
    'Медична допомога',
    'Медицинская помощь',
    'Asistență medicală',
    'Медыцынская дапамога',
  ),
  LabourExploitationRehabilitation: text(
    'Rehabilitation after labour exploitation',
    'Реабілітація після трудової експлуатації',
    'Реабилитация после трудовой эксплуатации',
    'Reabilitare după exploatare prin muncă',
    'Рэабілітацыя пасля працоўнай эксплуатацыі',
  ),
  Legal: text(
    'Legal aid',
    'Правова допомога',
    'Юридическая помощь',
    'Asistență juridică',
    'Юрыдычная дапамога',
  ),
  Livelihood: text(
    'Livelihood and employment',
    'Засоби до існування та працевлаштування',
    'Средства к существованию и трудоустройство',
    'Mijloace de trai și angajare',
    'Сродкі для існавання і працаўладкаванне',
  ),
  RightsBasedTraining: text(
    'Training on rights',
    'Навчання щодо прав',
    'Обучение правам',
    'Instruire privind drepturile',
    'Навучанне правам',
  ),
  SexualExploitationRehabilitation: text(
    'Rehabilitation after sexual exploitation',
    'Реабілітація після сексуальної експлуатації',
    'Реабилитация после сексуальной эксплуатации',
    'Reabilitare după exploatare sexuală',
    'Рэабілітацыя пасля сэксуальнай эксплуатацыі',
  ),
  SocialCare: text(
    'Social support',
    'Соціальний супровід',
    'Социальное сопровождение',
    'Asistență socială',
    'Сацыяльнае суправаджэнне',
  ),
};
