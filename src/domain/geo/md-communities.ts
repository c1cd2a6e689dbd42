import { AS_IS, type AdminUnit, childUnits, type NamePattern } from './admin-unit.ts';

// In Moldova the first-level units are themselves the raions, so the next tier down is the
// community (town, commune, or a sector of Chișinău); the district level is skipped.

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

const ORHEI = childUnits('MD-OR', 'community', AS_IS, [
  ['orhei', 'Orhei', 'Оргіїв', 'Оргеев', 'Orhei', 'Аргееў'],
  ['peresecina', 'Peresecina', 'Пересічина', 'Пересечино', 'Peresecina', 'Перасечына'],
]);

const CAHUL = childUnits('MD-CA', 'community', AS_IS, [
  ['cahul', 'Cahul', 'Кагул', 'Кагул', 'Cahul', 'Кагул'],
  ['giurgiulesti', 'Giurgiulești', 'Джурджулешти', 'Джурджулешты', 'Giurgiulești', 'Джурджулешты'],
]);

const UNGHENI = childUnits('MD-UN', 'community', AS_IS, [
  ['ungheni', 'Ungheni', 'Унгени', 'Унгены', 'Ungheni', 'Унгены'],
  ['cornesti', 'Cornești', 'Корнешти', 'Корнешты', 'Cornești', 'Карнешты'],
]);

const GAGAUZIA = childUnits('MD-GA', 'community', AS_IS, [
  ['comrat', 'Comrat', 'Комрат', 'Комрат', 'Comrat', 'Камрат'],
  ['ceadir-lunga', 'Ceadîr-Lunga', 'Чадир-Лунга', 'Чадыр-Лунга', 'Ceadîr-Lunga', 'Чадыр-Лунга'],
  ['vulcanesti', 'Vulcănești', 'Вулканешти', 'Вулканешты', 'Vulcănești', 'Вулканешты'],
]);

export const MD_COMMUNITIES: readonly AdminUnit[] = [
  ...CHISINAU_SECTORS,
  ...ORHEI,
  ...CAHUL,
  ...UNGHENI,
  ...GAGAUZIA,
];
