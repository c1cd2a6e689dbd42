import { AS_IS, type AdminUnit, childUnits, type NamePattern } from './admin-unit.ts';
import { MD_MUNICIPALITY } from './md-municipality.ts';

// In Moldova the first-level units are themselves the raions, so the next tier down is the
// community (municipality, town, commune, or a sector of Chișinău); the district level is skipped.
// Listed: the ten municipalities of Law no. 764/2001 that lie within a raion, ATU Gagauzia or the left
// bank (the other three are first-level units, md-regions.ts), Chișinău's sectors, and the few towns and
// communes the demo uses. The roughly 900 other towns and communes are not listed yet.
// The first child of each unit stays first: the demo seed and test factories take a region's first child.

const SECTOR: NamePattern = {
  en: (s) => `${s} sector`,
  uk: (s) => `сектор ${s}`,
  ru: (s) => `сектор ${s}`,
  ro: (s) => `Sectorul ${s}`,
  be: (s) => `сектар ${s}`,
};

const CHISINAU_SECTORS = childUnits('MD-CU', 'community', SECTOR, [
  ['botanica', 'Botanica', 'Ботаніка', 'Ботаника', 'Botanica', 'Батаніка'],
  ['buiucani', 'Buiucani', 'Буюкани', 'Буюканы', 'Buiucani', 'Буюканы'],
  ['centru', 'Centru', 'Центр', 'Центр', 'Centru', 'Цэнтр'],
  ['ciocana', 'Ciocana', 'Чокана', 'Чеканы', 'Ciocana', 'Чаканы'],
  ['riscani', 'Rîșcani', 'Ришкани', 'Рышкановка', 'Rîșcani', 'Рышканы'],
]);

// Slugs predate the municipality names (the demo had these towns under plain names): never change them.
const ORHEI = [
  ...childUnits('MD-OR', 'community', MD_MUNICIPALITY, [
    ['orhei', 'Orhei', 'Оргіїв', 'Оргеев', 'Orhei', 'Аргееў'],
  ]),
  ...childUnits('MD-OR', 'community', AS_IS, [
    ['peresecina', 'Peresecina', 'Пересічина', 'Пересечино', 'Peresecina', 'Перасечына'],
  ]),
];

const CAHUL = [
  ...childUnits('MD-CA', 'community', MD_MUNICIPALITY, [
    ['cahul', 'Cahul', 'Кагул', 'Кагул', 'Cahul', 'Кагул'],
  ]),
  ...childUnits('MD-CA', 'community', AS_IS, [
    ['giurgiulesti', 'Giurgiulești', 'Джурджулешти', 'Джурджулешты', 'Giurgiulești', 'Джурджулешты'],
  ]),
];

const UNGHENI = [
  ...childUnits('MD-UN', 'community', MD_MUNICIPALITY, [
    ['ungheni', 'Ungheni', 'Унгени', 'Унгены', 'Ungheni', 'Унгены'],
  ]),
  ...childUnits('MD-UN', 'community', AS_IS, [
    ['cornesti', 'Cornești', 'Корнешти', 'Корнешты', 'Cornești', 'Карнешты'],
  ]),
];

const GAGAUZIA = [
  ...childUnits('MD-GA', 'community', MD_MUNICIPALITY, [
    ['comrat', 'Comrat', 'Комрат', 'Комрат', 'Comrat', 'Камрат'],
    ['ceadir-lunga', 'Ceadîr-Lunga', 'Чадир-Лунга', 'Чадыр-Лунга', 'Ceadîr-Lunga', 'Чадыр-Лунга'],
  ]),
  ...childUnits('MD-GA', 'community', AS_IS, [
    ['vulcanesti', 'Vulcănești', 'Вулканешти', 'Вулканешты', 'Vulcănești', 'Вулканешты'],
  ]),
];

// The municipalities the demo did not have.
const OTHER_MUNICIPALITIES = [
  ...childUnits('MD-SO', 'community', MD_MUNICIPALITY, [
    ['soroca', 'Soroca', 'Сороки', 'Сороки', 'Soroca', 'Сарокі'],
  ]),
  ...childUnits('MD-ED', 'community', MD_MUNICIPALITY, [
    ['edinet', 'Edineț', 'Єдинці', 'Единец', 'Edineț', 'Едзінцы'],
  ]),
  ...childUnits('MD-HI', 'community', MD_MUNICIPALITY, [
    ['hincesti', 'Hîncești', 'Хинчешти', 'Хынчешты', 'Hîncești', 'Хынчэшты'],
  ]),
  ...childUnits('MD-ST', 'community', MD_MUNICIPALITY, [
    ['straseni', 'Strășeni', 'Страшени', 'Страшены', 'Strășeni', 'Страшэны'],
  ]),
  ...childUnits('MD-SN', 'community', MD_MUNICIPALITY, [
    ['tiraspol', 'Tiraspol', 'Тирасполь', 'Тирасполь', 'Tiraspol', 'Тыраспаль'],
  ]),
];

export const MD_COMMUNITIES: readonly AdminUnit[] = [
  ...CHISINAU_SECTORS,
  ...ORHEI,
  ...CAHUL,
  ...UNGHENI,
  ...GAGAUZIA,
  ...OTHER_MUNICIPALITIES,
];
