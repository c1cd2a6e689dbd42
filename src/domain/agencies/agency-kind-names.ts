import type { CountryCode } from '../geo/admin-unit.ts';
import type { LocalisedText } from '../locales.ts';
import { text } from '../vocabularies/labels/text.ts';
import type { AgencyKind } from './agency-kinds.ts';

type Names = { names: LocalisedText; countryNames?: Partial<Record<CountryCode, LocalisedText>> };

// Generic names read naturally everywhere; per-country names are the bodies' own legal names where
// they differ (UA after the 2020 decentralisation, MD Law 241/2005 and GD 270/2014, BY militia).
export const AGENCY_KIND_NAMES: Record<AgencyKind, Names> = {
  'local-state-administration': {
    names: text(
      'Local administration',
      'Місцева державна адміністрація',
      'Местная администрация',
      'Administrația publică locală',
      'Мясцовы выканаўчы орган',
    ),
    countryNames: {
      UA: text(
        'District state administration',
        'Районна державна адміністрація',
        'Районная государственная администрация',
        'Administrația raională de stat',
        'Раённая дзяржаўная адміністрацыя',
      ),
      MD: text(
        'Local public authority',
        'Орган місцевого публічного управління',
        'Орган местного публичного управления',
        'Autoritatea administrației publice locale',
        'Орган мясцовага публічнага кіравання',
      ),
      BY: text(
        'District executive committee',
        'Районний виконавчий комітет',
        'Районный исполнительный комитет',
        'Comitetul executiv raional',
        'Раённы выканаўчы камітэт',
      ),
    },
  },
  'centre-social-services': {
    names: text(
      'Centre of social services',
      'Центр соціальних служб',
      'Центр социальных служб',
      'Centrul de servicii sociale',
      'Цэнтр сацыяльных службаў',
    ),
    countryNames: {
      MD: text(
        'Social assistance and family protection directorate',
        'Управління соціальної допомоги та захисту сім’ї',
        'Управление социальной помощи и защиты семьи',
        'Direcția asistență socială și protecție a familiei',
        'Упраўленне сацыяльнай дапамогі і абароны сям’і',
      ),
      BY: text(
        'Territorial centre of social services',
        'Територіальний центр соціального обслуговування населення',
        'Территориальный центр социального обслуживания населения',
        'Centrul teritorial de servicii sociale pentru populație',
        'Тэрытарыяльны цэнтр сацыяльнага абслугоўвання насельніцтва',
      ),
    },
  },
  'service-childrens-affairs': {
    names: text(
      'Service for children’s affairs',
      'Служба у справах дітей',
      'Служба по делам детей',
      'Serviciul pentru protecția copilului',
      'Служба па справах дзяцей',
    ),
    countryNames: {
      MD: text(
        'Directorate for the protection of children’s rights',
        'Управління захисту прав дитини',
        'Управление по защите прав ребёнка',
        'Direcția pentru protecția drepturilor copilului',
        'Упраўленне па абароне правоў дзіцяці',
      ),
      // In Belarus guardianship of children sits with the education departments.
      BY: text(
        'Guardianship authority (education department)',
        'Орган опіки та піклування (відділ освіти)',
        'Орган опеки и попечительства (отдел образования)',
        'Autoritatea tutelară (secția de învățământ)',
        'Орган апекі і папячыцельства (аддзел адукацыі)',
      ),
    },
  },
  'juvenile-police': {
    names: text(
      'Juvenile police',
      'Ювенальна поліція',
      'Ювенальная полиция',
      'Poliția pentru minori',
      'Міліцыя па справах непаўналетніх',
    ),
    countryNames: {
      UA: text(
        'Juvenile prevention, National Police',
        'Ювенальна превенція Національної поліції',
        'Ювенальная превенция Национальной полиции',
        'Prevenția juvenilă a Poliției Naționale',
        'Ювенальная прэвенцыя Нацыянальнай паліцыі',
      ),
      MD: text(
        'Police inspector for minors',
        'Інспектор поліції у справах неповнолітніх',
        'Инспектор полиции по делам несовершеннолетних',
        'Inspectorul de poliție pentru minori',
        'Інспектар паліцыі па справах непаўналетніх',
      ),
      BY: text(
        'Inspectorate for juvenile affairs',
        'Інспекція у справах неповнолітніх',
        'Инспекция по делам несовершеннолетних',
        'Inspecția pentru minori',
        'Інспекцыя па справах непаўналетніх',
      ),
    },
  },
  'counter-trafficking-police': {
    names: text(
      'Counter-trafficking police',
      'Підрозділ поліції з протидії торгівлі людьми',
      'Подразделение полиции по противодействию торговле людьми',
      'Subdiviziunea de poliție pentru combaterea traficului de persoane',
      'Падраздзяленне паліцыі па процідзеянні гандлю людзьмі',
    ),
    countryNames: {
      MD: text(
        'Centre for Combating Trafficking in Persons',
        'Центр боротьби з торгівлею людьми',
        'Центр по борьбе с торговлей людьми',
        'Centrul pentru combaterea traficului de persoane',
        'Цэнтр па барацьбе з гандлем людзьмі',
      ),
      BY: text(
        'Counter-trafficking unit of the militia',
        'Підрозділ міліції з протидії торгівлі людьми',
        'Подразделение милиции по противодействию торговле людьми',
        'Subdiviziunea miliției pentru combaterea traficului de persoane',
        'Падраздзяленне міліцыі па процідзеянні гандлю людзьмі',
      ),
    },
  },
  prosecutor: {
    names: text('Prosecutor’s office', 'Прокуратура', 'Прокуратура', 'Procuratura', 'Пракуратура'),
  },
  court: { names: text('Court', 'Суд', 'Суд', 'Instanța de judecată', 'Суд') },
  'multidisciplinary-team': {
    names: text(
      'Multidisciplinary team',
      'Мультидисциплінарна команда',
      'Мультидисциплинарная команда',
      'Echipa multidisciplinară',
      'Мультыдысцыплінарная каманда',
    ),
    countryNames: {
      MD: text(
        'Territorial multidisciplinary team',
        'Територіальна мультидисциплінарна команда',
        'Территориальная мультидисциплинарная команда',
        'Echipa multidisciplinară teritorială',
        'Тэрытарыяльная мультыдысцыплінарная каманда',
      ),
    },
  },
  shelter: {
    names: text(
      'Shelter or rehabilitation centre',
      'Притулок або центр реабілітації',
      'Приют или реабилитационный центр',
      'Centru de plasament sau de reabilitare',
      'Прытулак або рэабілітацыйны цэнтр',
    ),
    countryNames: {
      MD: text(
        'Assistance and protection centre',
        'Центр допомоги та захисту',
        'Центр помощи и защиты',
        'Centrul de asistență și protecție',
        'Цэнтр дапамогі і абароны',
      ),
      BY: text(
        'Social and pedagogical centre (shelter)',
        'Соціально-педагогічний центр (притулок)',
        'Социально-педагогический центр (приют)',
        'Centrul social-pedagogic (adăpost)',
        'Сацыяльна-педагагічны цэнтр (прытулак)',
      ),
    },
  },
  health: {
    names: text(
      'Health care institution',
      'Заклад охорони здоров’я',
      'Учреждение здравоохранения',
      'Instituție medico-sanitară',
      'Установа аховы здароўя',
    ),
  },
  school: {
    names: text(
      'School',
      'Заклад освіти',
      'Учреждение образования',
      'Instituție de învățământ',
      'Установа адукацыі',
    ),
  },
  ngo: {
    names: text(
      'Non-governmental organisation',
      'Громадська організація',
      'Общественная организация',
      'Organizație neguvernamentală',
      'Грамадскае аб’яднанне',
    ),
  },
  iom: {
    names: text(
      'International Organization for Migration (IOM)',
      'Міжнародна організація з міграції (МОМ)',
      'Международная организация по миграции (МОМ)',
      'Organizația Internațională pentru Migrație (OIM)',
      'Міжнародная арганізацыя па міграцыі (МАМ)',
    ),
  },
  'national-coordinator': {
    names: text(
      'National coordinator',
      'Національний координатор',
      'Национальный координатор',
      'Coordonatorul național',
      'Нацыянальны каардынатар',
    ),
    countryNames: {
      UA: text(
        'National coordinator (Ministry of Social Policy)',
        'Національний координатор (Міністерство соціальної політики)',
        'Национальный координатор (Министерство социальной политики)',
        'Coordonatorul național (Ministerul Politicii Sociale)',
        'Нацыянальны каардынатар (Міністэрства сацыяльнай палітыкі)',
      ),
      MD: text(
        'National coordinator (National Committee for Combating Trafficking in Human Beings)',
        'Національний координатор (Національний комітет з протидії торгівлі людьми)',
        'Национальный координатор (Национальный комитет по борьбе с торговлей людьми)',
        'Coordonatorul național (Comitetul național pentru combaterea traficului de ființe umane)',
        'Нацыянальны каардынатар (Нацыянальны камітэт па барацьбе з гандлем людзьмі)',
      ),
      BY: text(
        'National coordinator (Ministry of Internal Affairs)',
        'Національний координатор (Міністерство внутрішніх справ)',
        'Национальный координатор (Министерство внутренних дел)',
        'Coordonatorul național (Ministerul Afacerilor Interne)',
        'Нацыянальны каардынатар (Міністэрства ўнутраных спраў)',
      ),
    },
  },
};
