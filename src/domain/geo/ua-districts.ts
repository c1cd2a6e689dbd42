import { type AdminUnit, childUnits, type NamePattern, RAION_PATTERN } from './admin-unit.ts';

// Raions as they stand after the 2020 reform (Rada resolution 807-IX), with the 2024 renamings
// (Krasnohrad → Berestyn, Chervonohrad → Sheptytskyi). Only the regions the demo uses are listed;
// KATOTTH codes are not copied in by hand, so these carry Haven codes (docs/reference-data.md).

const CITY_DISTRICT: NamePattern = { ...RAION_PATTERN, en: (s) => `${s} District` };

const KYIV_CITY = childUnits('UA-30', 'district', CITY_DISTRICT, [
  ['holosiivskyi', 'Holosiivskyi', 'Голосіївський', 'Голосеевский', 'Holosiiv', 'Галасееўскі'],
  ['darnytskyi', 'Darnytskyi', 'Дарницький', 'Дарницкий', 'Darnîțea', 'Дарніцкі'],
  ['desnianskyi', 'Desnianskyi', 'Деснянський', 'Деснянский', 'Desna', 'Дзяснянскі'],
  ['dniprovskyi', 'Dniprovskyi', 'Дніпровський', 'Днепровский', 'Nipru', 'Дняпроўскі'],
  ['obolonskyi', 'Obolonskyi', 'Оболонський', 'Оболонский', 'Obolon', 'Абалонскі'],
  ['pecherskyi', 'Pecherskyi', 'Печерський', 'Печерский', 'Pecersk', 'Пячэрскі'],
  ['podilskyi', 'Podilskyi', 'Подільський', 'Подольский', 'Podil', 'Падольскі'],
  ['sviatoshynskyi', 'Sviatoshynskyi', 'Святошинський', 'Святошинский', 'Sviatoșin', 'Святошынскі'],
  ['solomianskyi', 'Solomianskyi', 'Солом’янський', 'Соломенский', 'Solomianka', 'Саламянскі'],
  ['shevchenkivskyi', 'Shevchenkivskyi', 'Шевченківський', 'Шевченковский', 'Șevcenko', 'Шаўчэнкаўскі'],
]);

const ODESA = childUnits('UA-51', 'district', RAION_PATTERN, [
  ['berezivka', 'Berezivka', 'Березівський', 'Березовский', 'Berezivka', 'Беразоўскі'],
  [
    'bilhorod-dnistrovskyi',
    'Bilhorod-Dnistrovskyi',
    'Білгород-Дністровський',
    'Белгород-Днестровский',
    'Cetatea Albă',
    'Белгарад-Днястроўскі',
  ],
  ['bolhrad', 'Bolhrad', 'Болградський', 'Болградский', 'Bolgrad', 'Балградскі'],
  ['izmail', 'Izmail', 'Ізмаїльський', 'Измаильский', 'Ismail', 'Ізмаільскі'],
  ['odesa', 'Odesa', 'Одеський', 'Одесский', 'Odesa', 'Адэскі'],
  ['podilsk', 'Podilsk', 'Подільський', 'Подольский', 'Podilsk', 'Падольскі'],
  ['rozdilna', 'Rozdilna', 'Роздільнянський', 'Раздельнянский', 'Rozdilna', 'Раздзельнянскі'],
]);

const KHARKIV = childUnits('UA-63', 'district', RAION_PATTERN, [
  ['berestyn', 'Berestyn', 'Берестинський', 'Берестинский', 'Berestîn', 'Берасцінскі'],
  ['bohodukhiv', 'Bohodukhiv', 'Богодухівський', 'Богодуховский', 'Bohoduhiv', 'Богадухаўскі'],
  ['izium', 'Izium', 'Ізюмський', 'Изюмский', 'Izium', 'Ізюмскі'],
  ['kupiansk', 'Kupiansk', 'Куп’янський', 'Купянский', 'Kupiansk', 'Куп’янскі'],
  ['lozova', 'Lozova', 'Лозівський', 'Лозовской', 'Lozova', 'Лазоўскі'],
  ['kharkiv', 'Kharkiv', 'Харківський', 'Харьковский', 'Harkiv', 'Харкаўскі'],
  ['chuhuiv', 'Chuhuiv', 'Чугуївський', 'Чугуевский', 'Ciuhuiv', 'Чугуеўскі'],
]);

const LVIV = childUnits('UA-46', 'district', RAION_PATTERN, [
  ['drohobych', 'Drohobych', 'Дрогобицький', 'Дрогобычский', 'Drohobîci', 'Драгобыцкі'],
  ['zolochiv', 'Zolochiv', 'Золочівський', 'Золочевский', 'Zolociv', 'Залачоўскі'],
  ['lviv', 'Lviv', 'Львівський', 'Львовский', 'Liov', 'Львоўскі'],
  ['sambir', 'Sambir', 'Самбірський', 'Самборский', 'Sambir', 'Самбірскі'],
  ['stryi', 'Stryi', 'Стрийський', 'Стрыйский', 'Strîi', 'Стрыйскі'],
  ['sheptytskyi', 'Sheptytskyi', 'Шептицький', 'Шептицкий', 'Șeptîțkîi', 'Шаптыцкі'],
  ['yavoriv', 'Yavoriv', 'Яворівський', 'Яворовский', 'Iavoriv', 'Яварыўскі'],
]);

const ZAKARPATTIA = childUnits('UA-21', 'district', RAION_PATTERN, [
  ['berehove', 'Berehove', 'Берегівський', 'Береговский', 'Beregovo', 'Берагоўскі'],
  ['mukachevo', 'Mukachevo', 'Мукачівський', 'Мукачевский', 'Mukacevo', 'Мукачаўскі'],
  ['rakhiv', 'Rakhiv', 'Рахівський', 'Раховский', 'Rahău', 'Рахаўскі'],
  ['tiachiv', 'Tiachiv', 'Тячівський', 'Тячевский', 'Teceu', 'Цячаўскі'],
  ['uzhhorod', 'Uzhhorod', 'Ужгородський', 'Ужгородский', 'Ujgorod', 'Ужгарадскі'],
  ['khust', 'Khust', 'Хустський', 'Хустский', 'Hust', 'Хусцкі'],
]);

export const UA_DISTRICTS: readonly AdminUnit[] = [
  ...KYIV_CITY,
  ...ODESA,
  ...KHARKIV,
  ...LVIV,
  ...ZAKARPATTIA,
];

const HROMADA: NamePattern = {
  en: (s) => `${s} hromada`,
  uk: (s) => `${s} громада`,
  ru: (s) => `${s} громада`,
  ro: (s) => `Comunitatea ${s}`,
  be: (s) => `${s} грамада`,
};

// A few hromadas of Izmail raion (the Danube border with Moldova and Romania) for the demo.
export const UA_COMMUNITIES: readonly AdminUnit[] = childUnits('UA-51-izmail', 'community', HROMADA, [
  [
    'izmail',
    'Izmail urban',
    'Ізмаїльська міська',
    'Измаильская городская',
    'urbană Ismail',
    'Ізмаільская гарадская',
  ],
  ['reni', 'Reni urban', 'Ренійська міська', 'Ренийская городская', 'urbană Reni', 'Рэнійская гарадская'],
  [
    'kiliia',
    'Kiliia urban',
    'Кілійська міська',
    'Килийская городская',
    'urbană Chilia Nouă',
    'Кілійская гарадская',
  ],
]);
