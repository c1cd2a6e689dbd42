import { randomUUID } from 'node:crypto';
import { AGENCY_KINDS, isAgencyKind } from '../../domain/agencies/index.ts';
import { supportPlanTypeOf, type ServiceKind } from '../../domain/directory/service-kinds.ts';
import type { OpeningHours } from '../../domain/directory/opening-hours.ts';
import { insertAgency, replaceAgencyUnits } from '../agencies/agencies.repository.ts';
import { audit } from '../audit/audit.service.ts';
import type { AppContext } from '../context.ts';
import { readSetting, writeSetting } from '../db/node-settings.ts';
import { insertService } from '../directory/directory.repository.ts';
import { DEMO_AGENCIES } from './demo-agencies.ts';

// A realistic, synthetic service directory for the demo (UA: Kyiv city and Odesa oblast), with
// deliberate gaps (no family-based care in most Odesa raions, no interpretation outside Kyiv), expired
// accreditations and full shelters, so the search and the gap table have something to show. Names are
// invented; phone numbers use fictional 555 ranges. MD and BY demos get a smaller directory of ten services.

const SYSTEM_ACTOR = { userId: null, agencyId: null, requestId: 'seed-demo' };

const K = (slug: string) => `UA-30-${slug}`;
const O = (slug: string) => `UA-51-${slug}`;

const WORKDAYS: OpeningHours = {
  alwaysOpen: false,
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, opens: '09:00', closes: '18:00' })),
};
const CLINIC: OpeningHours = {
  alwaysOpen: false,
  weekly: [1, 2, 3, 4, 5, 6].map((day) => ({ day: day as 1, opens: '08:00', closes: '20:00' })),
};
const SCHOOL: OpeningHours = {
  alwaysOpen: false,
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, opens: '08:00', closes: '16:00' })),
};
const ALWAYS: OpeningHours = { alwaysOpen: true, weekly: [] };

/** Extra providers of the demo country, beside the agencies every demo has. */
const EXTRA_AGENCIES = [
  { key: 'hospital', name: 'Київська міська дитяча клінічна лікарня (демо)', kind: 'health', unit: 'UA-30' },
  { key: 'lyceum', name: 'Ліцей з інтернатом «Обрій» (демо)', kind: 'school', unit: 'UA-30' },
  {
    key: 'odesa-css',
    name: 'Одеський обласний центр соціальних служб (демо)',
    kind: 'centre-social-services',
    unit: 'UA-51',
  },
  {
    key: 'odesa-shelter',
    name: 'Центр соціально-психологічної реабілітації дітей, Одеса (демо)',
    kind: 'shelter',
    unit: 'UA-51',
  },
  {
    key: 'legal',
    name: 'Центр безоплатної правничої допомоги (демо)',
    kind: 'local-state-administration',
    unit: 'UA',
  },
] as const;

type DemoService = {
  agency: string;
  kind: ServiceKind;
  name: string;
  description: string;
  units: string[];
  hours: OpeningHours;
  places?: [capacity: number, free: number];
  ages?: [number, number];
  genders?: string[];
  exploitation?: string[];
  languages?: string[];
  /** Days from today: negative = expired. Absent = not accredited. */
  accreditedFor?: number;
  phone?: string;
  email?: string;
};

const UA_SERVICES: DemoService[] = [
  // Kyiv: shelters and accommodation.
  {
    agency: 'shelter',
    kind: 'emergency-shelter',
    name: 'Екстрене розміщення «Тиха гавань»',
    description:
      'Цілодобовий прийом дітей 3–17 років, зокрема вночі, за зверненням поліції або служби у справах дітей.',
    units: ['UA-30'],
    hours: ALWAYS,
    places: [12, 2],
    ages: [3, 17],
    languages: ['ukr', 'rus', 'eng'],
    accreditedFor: 400,
    phone: '+380 44 555 0101',
    email: 'pryim@tykha-gavan.demo',
  },
  {
    agency: 'shelter',
    kind: 'long-term-accommodation',
    name: 'Соціальна квартира для підлітків',
    description: 'Проживання до 12 місяців для дівчат 14–17 років із супроводом соціального працівника.',
    units: [K('desnianskyi'), K('darnytskyi'), K('dniprovskyi')],
    hours: WORKDAYS,
    places: [6, 0],
    ages: [14, 17],
    genders: ['Feminine', 'TransgenderFeminine'],
    exploitation: ['SexualExploitation', 'ForcedMarriage'],
    languages: ['ukr', 'rus'],
    accreditedFor: 200,
    phone: '+380 44 555 0102',
  },
  {
    agency: 'shelter',
    kind: 'psychological',
    name: 'Травма-фокусована терапія для дітей',
    description: 'Індивідуальні та групові сесії для дітей, які пережили експлуатацію.',
    units: ['UA-30'],
    hours: WORKDAYS,
    ages: [6, 17],
    languages: ['ukr', 'rus'],
    accreditedFor: -45,
    phone: '+380 44 555 0103',
  },
  {
    agency: 'css',
    kind: 'family-support',
    name: 'Соціальний супровід сімей з дітьми',
    description: 'Оцінка потреб сім’ї, план супроводу, візити додому.',
    units: ['UA-30'],
    hours: WORKDAYS,
    languages: ['ukr', 'rus'],
    accreditedFor: 500,
    phone: '+380 44 555 0201',
    email: 'suprovid@kmcss.demo',
  },
  {
    agency: 'css',
    kind: 'economic-support',
    name: 'Натуральна та грошова допомога',
    description:
      'Одноразова допомога, продуктові й гігієнічні набори, допомога з оформленням соціальних виплат.',
    units: ['UA-30'],
    hours: WORKDAYS,
    languages: ['ukr'],
    phone: '+380 44 555 0202',
  },
  {
    agency: 'css',
    kind: 'vocational-training',
    name: 'Професійна орієнтація та курси для підлітків',
    description: 'Курси кухаря, перукаря, оператора ПК; стажування в партнерів.',
    units: ['UA-30'],
    hours: WORKDAYS,
    places: [20, 7],
    ages: [15, 21],
    languages: ['ukr'],
    accreditedFor: 300,
    phone: '+380 44 555 0203',
  },
  {
    agency: 'css',
    kind: 'family-based-care',
    name: 'Патронатна сім’я (екстрене влаштування)',
    description: 'Тимчасове влаштування дитини в патронатну сім’ю до 3 місяців.',
    units: [
      K('holosiivskyi'),
      K('solomianskyi'),
      K('sviatoshynskyi'),
      K('obolonskyi'),
      K('podilskyi'),
      K('shevchenkivskyi'),
      K('pecherskyi'),
    ],
    hours: ALWAYS,
    places: [5, 1],
    ages: [0, 17],
    languages: ['ukr'],
    accreditedFor: 250,
    phone: '+380 44 555 0204',
  },
  {
    agency: 'sca',
    kind: 'guardianship',
    name: 'Опіка та піклування, представництво інтересів дитини',
    description: 'Призначення опікуна, тимчасове представництво дитини без супроводу.',
    units: [K('holosiivskyi')],
    hours: WORKDAYS,
    languages: ['ukr'],
    phone: '+380 44 555 0301',
  },
  {
    agency: 'ngo',
    kind: 'psychological',
    name: 'Кризове консультування «Світло»',
    description:
      'Кризова психологічна допомога онлайн і в офісі, зокрема для хлопців, залучених до злочинної діяльності.',
    units: ['UA-30', 'UA-51'],
    hours: {
      alwaysOpen: false,
      weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day: day as 1, opens: '10:00', closes: '22:00' })),
    },
    ages: [10, 17],
    exploitation: [],
    languages: ['ukr', 'rus', 'crh'],
    accreditedFor: 600,
    phone: '+380 44 555 0401',
    email: 'help@svitlo.demo',
  },
  {
    agency: 'ngo',
    kind: 'legal-aid',
    name: 'Юридичний супровід дітей — потерпілих',
    description: 'Представництво в кримінальному провадженні, допит у «зеленій кімнаті», компенсація.',
    units: ['UA-30'],
    hours: WORKDAYS,
    languages: ['ukr', 'rus', 'eng'],
    accreditedFor: 365,
    phone: '+380 44 555 0402',
  },
  {
    agency: 'ngo',
    kind: 'interpretation',
    name: 'Усний переклад для дітей-іноземців',
    description:
      'Перекладачі англійської, в’єтнамської, фарсі та арабської — зокрема на допитах і в лікарні.',
    units: ['UA-30'],
    hours: ALWAYS,
    languages: ['eng', 'vie', 'fas', 'ara'],
    phone: '+380 44 555 0403',
  },
  {
    agency: 'ngo',
    kind: 'life-skills',
    name: 'Групи «Знаю свої права»',
    description: 'Безпека онлайн, права дитини, як розпізнати вербування.',
    units: ['UA-30'],
    hours: WORKDAYS,
    places: [15, 15],
    ages: [12, 17],
    languages: ['ukr'],
    phone: '+380 44 555 0404',
  },
  {
    agency: 'hospital',
    kind: 'medical',
    name: 'Медичне обстеження та лікування дітей',
    description: 'Первинний огляд, педіатрія, гінекологія для підлітків, тести на ІПСШ, щеплення.',
    units: ['UA-30'],
    hours: CLINIC,
    languages: ['ukr', 'rus', 'eng'],
    accreditedFor: 700,
    phone: '+380 44 555 0501',
  },
  {
    agency: 'hospital',
    kind: 'psychological',
    name: 'Дитячий психіатр і психотерапевт',
    description: 'Діагностика та лікування ПТСР, депресії, залежностей.',
    units: ['UA-30'],
    hours: CLINIC,
    places: [4, 0],
    ages: [6, 17],
    languages: ['ukr'],
    accreditedFor: 700,
    phone: '+380 44 555 0502',
  },
  {
    agency: 'lyceum',
    kind: 'education',
    name: 'Навчання з індивідуальним планом',
    description: 'Зарахування протягом року, вирівнювання знань, екстернат.',
    units: ['UA-30'],
    hours: SCHOOL,
    places: [10, 3],
    ages: [6, 17],
    languages: ['ukr'],
    phone: '+380 44 555 0601',
  },
  {
    agency: 'iom',
    kind: 'safe-return',
    name: 'Добровільне безпечне повернення та реінтеграція',
    description:
      'Повернення дітей з-за кордону з супроводом, оцінка ризиків перед поверненням, зв’язок із службами за місцем проживання.',
    units: ['UA'],
    hours: WORKDAYS,
    languages: ['ukr', 'rus', 'eng', 'pol', 'deu'],
    accreditedFor: 900,
    phone: '+380 44 555 0701',
    email: 'return@iom.demo',
  },
  {
    agency: 'iom',
    kind: 'economic-support',
    name: 'Грант на реінтеграцію сім’ї',
    description: 'Невеликі гранти на навчання або власну справу для сімей дітей, що повернулися.',
    units: ['UA'],
    hours: WORKDAYS,
    languages: ['ukr', 'eng'],
    phone: '+380 44 555 0702',
  },
  {
    agency: 'legal',
    kind: 'legal-aid',
    name: 'Безоплатна вторинна правнича допомога дітям',
    description: 'Адвокат для дитини в кримінальному, цивільному та адміністративному процесі.',
    units: ['UA'],
    hours: WORKDAYS,
    languages: ['ukr'],
    accreditedFor: 1000,
    phone: '0 800 555 003',
  },
  // Odesa oblast.
  {
    agency: 'odesa-shelter',
    kind: 'emergency-shelter',
    name: 'Притулок для дітей, Одеса',
    description: 'Цілодобовий прийом, медичний огляд у перший день.',
    units: [O('odesa'), O('berezivka'), O('rozdilna')],
    hours: ALWAYS,
    places: [10, 0],
    ages: [3, 17],
    languages: ['ukr', 'rus'],
    accreditedFor: -120,
    phone: '+380 48 555 0801',
  },
  {
    agency: 'odesa-shelter',
    kind: 'emergency-shelter',
    name: 'Кризові кімнати, Ізмаїл',
    description: 'Дві кімнати для екстреного розміщення дітей із супроводом дорослого.',
    units: [O('izmail'), O('bolhrad')],
    hours: ALWAYS,
    places: [4, 2],
    languages: ['ukr', 'rus', 'ron', 'bul', 'gag'],
    phone: '+380 48 555 0802',
  },
  {
    agency: 'odesa-shelter',
    kind: 'psychological',
    name: 'Реабілітаційна програма для дітей-потерпілих',
    description: 'Програма 3–6 місяців: психолог, арт-терапія, підготовка до свідчень.',
    units: ['UA-51'],
    hours: WORKDAYS,
    places: [8, 3],
    ages: [7, 17],
    exploitation: ['SexualExploitation', 'ForcedLabour', 'ChildLabour', 'ForcedBegging', 'ForcedCriminality'],
    languages: ['ukr', 'rus'],
    accreditedFor: 150,
    phone: '+380 48 555 0803',
  },
  {
    agency: 'odesa-css',
    kind: 'family-support',
    name: 'Фахівці із соціальної роботи в громадах',
    description: 'Супровід сімей у громадах області.',
    units: ['UA-51'],
    hours: WORKDAYS,
    languages: ['ukr', 'rus'],
    accreditedFor: 400,
    phone: '+380 48 555 0901',
  },
  {
    agency: 'odesa-css',
    kind: 'family-based-care',
    name: 'Прийомні сім’ї та ДБСТ, Одеський район',
    description: 'Влаштування дітей у прийомні сім’ї та дитячі будинки сімейного типу.',
    units: [O('odesa')],
    hours: WORKDAYS,
    places: [6, 2],
    ages: [0, 17],
    languages: ['ukr'],
    accreditedFor: 300,
    phone: '+380 48 555 0902',
  },
  {
    agency: 'odesa-css',
    kind: 'family-based-care',
    name: 'Патронатний вихователь, Ізмаїльський район',
    description: 'Одна патронатна сім’я на район.',
    units: [O('izmail')],
    hours: ALWAYS,
    places: [2, 0],
    ages: [0, 17],
    languages: ['ukr', 'ron', 'bul'],
    accreditedFor: -10,
    phone: '+380 48 555 0903',
  },
  {
    agency: 'odesa-css',
    kind: 'vocational-training',
    name: 'Центр професійно-технічної освіти (направлення)',
    description: 'Направлення на навчання робітничим професіям із гуртожитком.',
    units: ['UA-51'],
    hours: WORKDAYS,
    places: [25, 11],
    ages: [15, 23],
    languages: ['ukr'],
    phone: '+380 48 555 0904',
  },
  {
    agency: 'odesa-css',
    kind: 'economic-support',
    name: 'Соціальна допомога сім’ям з дітьми',
    description: 'Допомога з оформленням виплат і одноразова матеріальна допомога.',
    units: ['UA-51'],
    hours: WORKDAYS,
    languages: ['ukr'],
    phone: '+380 48 555 0905',
  },
  {
    agency: 'mdt',
    kind: 'family-support',
    name: 'Мультидисциплінарний супровід у громаді',
    description: 'Спільний план дій соціального працівника, поліції, школи й медиків для дитини та сім’ї.',
    units: [O('berezivka')],
    hours: WORKDAYS,
    languages: ['ukr', 'rus'],
    phone: '+380 48 555 1001',
  },
  {
    agency: 'mdt',
    kind: 'education',
    name: 'Повернення до навчання в громаді',
    description: 'Домовленість зі школою, репетитор, транспорт.',
    units: [O('berezivka'), O('rozdilna')],
    hours: SCHOOL,
    languages: ['ukr'],
    phone: '+380 48 555 1002',
  },
  {
    agency: 'odesa-css',
    kind: 'medical',
    name: 'Виїзна медична бригада для дітей',
    description: 'Огляд дітей у притулках і громадах області.',
    units: ['UA-51'],
    hours: WORKDAYS,
    languages: ['ukr', 'rus'],
    phone: '+380 48 555 0906',
  },
  {
    agency: 'legal',
    kind: 'guardianship',
    name: 'Тимчасовий представник для дітей без супроводу',
    description: 'Представник для дітей-іноземців без супроводу до призначення опікуна.',
    units: ['UA-51'],
    hours: WORKDAYS,
    languages: ['ukr', 'eng', 'rus'],
    phone: '0 800 555 004',
  },
];

const MD_SERVICES: DemoService[] = [
  {
    agency: 'shelter',
    kind: 'emergency-shelter',
    name: 'Plasament de urgență «Casa Speranței»',
    description:
      'Primire non-stop a copiilor de 3–17 ani, la solicitarea poliției sau a direcției pentru protecția copilului.',
    units: ['MD-CU'],
    hours: ALWAYS,
    places: [10, 3],
    ages: [3, 17],
    languages: ['ron', 'rus'],
    accreditedFor: 300,
    phone: '+373 22 555 101',
  },
  {
    agency: 'shelter',
    kind: 'psychological',
    name: 'Consiliere psihologică pentru copii',
    description: 'Terapie individuală și de grup pentru copiii care au trecut prin exploatare.',
    units: ['MD-CU', 'MD-OR'],
    hours: WORKDAYS,
    ages: [6, 17],
    languages: ['ron', 'rus'],
    accreditedFor: -30,
    phone: '+373 22 555 102',
  },
  {
    agency: 'css',
    kind: 'family-based-care',
    name: 'Asistență parentală profesionistă',
    description: 'Plasament temporar într-o familie de asistent parental profesionist.',
    units: ['MD-CU'],
    hours: ALWAYS,
    places: [6, 0],
    ages: [0, 17],
    languages: ['ron'],
    accreditedFor: 400,
    phone: '+373 22 555 201',
  },
  {
    agency: 'css',
    kind: 'economic-support',
    name: 'Ajutor social și material',
    description: 'Ajutor material unic și sprijin la perfectarea prestațiilor sociale.',
    units: ['MD-CU'],
    hours: WORKDAYS,
    languages: ['ron', 'rus'],
    phone: '+373 22 555 202',
  },
  {
    agency: 'sca',
    kind: 'guardianship',
    name: 'Tutelă și reprezentarea copilului',
    description: 'Instituirea tutelei, reprezentant temporar pentru copiii neînsoțiți.',
    units: ['MD-CU'],
    hours: WORKDAYS,
    languages: ['ron'],
    phone: '+373 22 555 301',
  },
  {
    agency: 'ngo',
    kind: 'legal-aid',
    name: 'Asistență juridică pentru copiii victime',
    description: 'Reprezentare în procesul penal, audiere în camera prietenoasă copilului, despăgubiri.',
    units: ['MD'],
    hours: WORKDAYS,
    languages: ['ron', 'rus', 'eng'],
    accreditedFor: 500,
    phone: '+373 22 555 401',
  },
  {
    agency: 'ngo',
    kind: 'life-skills',
    name: 'Grupuri «Îmi cunosc drepturile»',
    description: 'Siguranța online, drepturile copilului, recunoașterea recrutării.',
    units: ['MD-CU'],
    hours: WORKDAYS,
    places: [12, 5],
    ages: [12, 17],
    languages: ['ron'],
    phone: '+373 22 555 402',
  },
  {
    agency: 'iom',
    kind: 'safe-return',
    name: 'Întoarcere voluntară și reintegrare',
    description:
      'Întoarcerea copiilor din străinătate cu însoțitor, evaluarea riscurilor, legătura cu serviciile locale.',
    units: ['MD'],
    hours: WORKDAYS,
    languages: ['ron', 'rus', 'eng', 'ita'],
    accreditedFor: 800,
    phone: '+373 22 555 701',
  },
  {
    agency: 'mdt',
    kind: 'family-support',
    name: 'Sprijin familial în comunitate, Orhei',
    description: 'Plan comun al asistentului social, poliției, școlii și medicului pentru copil și familie.',
    units: ['MD-OR'],
    hours: WORKDAYS,
    languages: ['ron', 'rus'],
    phone: '+373 235 55 501',
  },
  {
    agency: 'mdt',
    kind: 'education',
    name: 'Reintegrare școlară, Orhei',
    description: 'Înscriere pe parcursul anului, recuperarea materiei, transport.',
    units: ['MD-OR'],
    hours: SCHOOL,
    languages: ['ron'],
    phone: '+373 235 55 502',
  },
];

const BY_SERVICES: DemoService[] = [
  {
    agency: 'shelter',
    kind: 'emergency-shelter',
    name: 'Социальный приют: экстренное размещение',
    description: 'Круглосуточный приём детей 3–17 лет по обращению милиции или органов опеки.',
    units: ['BY-HM'],
    hours: ALWAYS,
    places: [15, 4],
    ages: [3, 17],
    languages: ['rus', 'bel'],
    accreditedFor: 300,
    phone: '+375 17 555 01 01',
  },
  {
    agency: 'shelter',
    kind: 'psychological',
    name: 'Психологическая помощь детям',
    description: 'Индивидуальные и групповые занятия для детей, переживших эксплуатацию.',
    units: ['BY-HM'],
    hours: WORKDAYS,
    ages: [6, 17],
    languages: ['rus', 'bel'],
    accreditedFor: -60,
    phone: '+375 17 555 01 02',
  },
  {
    agency: 'css',
    kind: 'family-support',
    name: 'Социальное сопровождение семей',
    description: 'Оценка нужд семьи, план сопровождения, посещения на дому.',
    units: ['BY-HM'],
    hours: WORKDAYS,
    languages: ['rus', 'bel'],
    accreditedFor: 400,
    phone: '+375 17 555 02 01',
  },
  {
    agency: 'css',
    kind: 'economic-support',
    name: 'Адресная социальная помощь',
    description: 'Единовременная помощь и содействие в оформлении пособий.',
    units: ['BY-HM'],
    hours: WORKDAYS,
    languages: ['rus'],
    phone: '+375 17 555 02 02',
  },
  {
    agency: 'sca',
    kind: 'guardianship',
    name: 'Опека и попечительство',
    description: 'Установление опеки, временный представитель для несопровождаемых детей.',
    units: ['BY-HM'],
    hours: WORKDAYS,
    languages: ['rus', 'bel'],
    phone: '+375 17 555 03 01',
  },
  {
    agency: 'sca',
    kind: 'family-based-care',
    name: 'Приёмная семья (временное устройство)',
    description: 'Временное устройство ребёнка в приёмную семью.',
    units: ['BY-HM'],
    hours: ALWAYS,
    places: [4, 1],
    ages: [0, 17],
    languages: ['rus'],
    accreditedFor: 250,
    phone: '+375 17 555 03 02',
  },
  {
    agency: 'ngo',
    kind: 'legal-aid',
    name: 'Юридическая помощь детям — пострадавшим',
    description: 'Представительство в уголовном процессе, опрос в «зелёной комнате», компенсация.',
    units: ['BY'],
    hours: WORKDAYS,
    languages: ['rus', 'bel', 'eng'],
    phone: '+375 17 555 04 01',
  },
  {
    agency: 'iom',
    kind: 'safe-return',
    name: 'Добровольное безопасное возвращение',
    description:
      'Возвращение детей из-за рубежа с сопровождением, оценка рисков, связь со службами по месту жительства.',
    units: ['BY'],
    hours: WORKDAYS,
    languages: ['rus', 'bel', 'eng', 'pol', 'lit'],
    accreditedFor: 800,
    phone: '+375 17 555 07 01',
  },
  {
    agency: 'mdt',
    kind: 'family-support',
    name: 'Межведомственное сопровождение, Брестский район',
    description: 'Совместный план социального работника, милиции, школы и медиков.',
    units: ['BY-BR-brest'],
    hours: WORKDAYS,
    languages: ['rus'],
    phone: '+375 162 55 05 01',
  },
  {
    agency: 'mdt',
    kind: 'medical',
    name: 'Медицинский осмотр детей, Брестский район',
    description: 'Первичный осмотр, педиатр, психиатр по направлению.',
    units: ['BY-BR-brest', 'BY-BR-zhabinka'],
    hours: CLINIC,
    languages: ['rus'],
    phone: '+375 162 55 05 02',
  },
];

const SERVICES: Record<'UA' | 'MD' | 'BY', DemoService[]> = {
  UA: UA_SERVICES,
  MD: MD_SERVICES,
  BY: BY_SERVICES,
};

const STANDARDS: Record<'UA' | 'MD' | 'BY', string> = {
  UA: 'Державний стандарт соціальної послуги (Мінсоцполітики)',
  MD: 'Standarde minime de calitate pentru serviciile sociale',
  BY: 'Стандарт качества социальных услуг (Минтруда и соцзащиты)',
};

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Seeds the directory once (setting 'demo-directory'); fast: one transaction, ~30 rows. */
export async function seedDirectoryDemo(ctx: AppContext): Promise<void> {
  const db = ctx.database.db;
  const country = ctx.config.country;
  if (await readSetting<boolean>(db, 'demo-directory')) return;
  const services = SERVICES[country];
  await db.transaction().execute(async (trx) => {
    const agencies = await trx
      .selectFrom('agencies')
      .select(['id', 'name'])
      .where('country', '=', country)
      .execute();
    const byName = new Map(agencies.map((a) => [a.name, a.id]));
    const ids = new Map<string, string>();
    for (const agency of DEMO_AGENCIES[country]) {
      const id = byName.get(agency.name);
      if (id) ids.set(agency.key, id);
    }
    for (const agency of country === 'UA' ? EXTRA_AGENCIES : []) {
      let id = byName.get(agency.name);
      if (!id) {
        if (!isAgencyKind(agency.kind)) throw new Error(`Unknown agency kind ${agency.kind}`);
        id = randomUUID();
        await insertAgency(trx, {
          id,
          country,
          name: agency.name,
          kind: agency.kind,
          organisationType: AGENCY_KINDS[agency.kind].htcdsOrganisationType,
        });
        await replaceAgencyUnits(trx, id, [agency.unit]);
        await audit(trx, SYSTEM_ACTOR, {
          action: 'agency.create',
          entityType: 'agency',
          entityId: id,
          details: { demo: true },
        });
      }
      ids.set(agency.key, id);
    }
    for (const [index, service] of services.entries()) {
      const agencyId = ids.get(service.agency);
      if (!agencyId) continue;
      const id = randomUUID();
      await insertService(
        trx,
        {
          id,
          agency_id: agencyId,
          country,
          kind: service.kind,
          support_plan_type: supportPlanTypeOf(service.kind),
          name: service.name,
          description: service.description,
          age_min: service.ages?.[0] ?? null,
          age_max: service.ages?.[1] ?? null,
          genders: service.genders ?? [],
          exploitation_types: service.exploitation ?? [],
          languages: service.languages ?? [],
          opening_hours: JSON.stringify(service.hours),
          capacity: service.places?.[0] ?? null,
          free_places: service.places?.[1] ?? null,
          accreditation_standard: service.accreditedFor === undefined ? null : STANDARDS[country],
          accreditation_number:
            service.accreditedFor === undefined ? null : `DEMO-${String(index + 1).padStart(3, '0')}`,
          accreditation_valid_until:
            service.accreditedFor === undefined ? null : dayFromToday(service.accreditedFor),
          phone: service.phone ?? null,
          email: service.email ?? null,
          created_by: null,
          updated_by: null,
        },
        service.units,
      );
    }
    await audit(trx, SYSTEM_ACTOR, {
      action: 'service.create',
      entityType: 'service',
      entityId: null,
      details: { demo: true, count: services.length },
    });
    await writeSetting(trx, 'demo-directory', true);
  });
}
