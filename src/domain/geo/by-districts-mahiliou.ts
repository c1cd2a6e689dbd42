import { type AdminUnit, childUnits, RAION_PATTERN } from './admin-unit.ts';
import { BY_CITY } from './by-city.ts';

// Mahilioŭ Region: 21 raions and 2 cities of regional subordination.
export const BY_MA_DISTRICTS: readonly AdminUnit[] = [
  ...childUnits('BY-MA', 'district', RAION_PATTERN, [
    ['bialynichy', 'Bialynichy', 'Білиницький', 'Белыничский', 'Belînici', 'Бялыніцкі'],
    ['babruisk', 'Babruisk', 'Бобруйський', 'Бобруйский', 'Bobruisk', 'Бабруйскі'],
    ['bykhau', 'Bykhau', 'Биховський', 'Быховский', 'Bîhov', 'Быхаўскі'],
    ['hlusk', 'Hlusk', 'Глуський', 'Глусский', 'Glusk', 'Глускі'],
    ['horki', 'Horki', 'Горецький', 'Горецкий', 'Gorki', 'Горацкі'],
    ['drybin', 'Drybin', 'Дрибінський', 'Дрибинский', 'Dribin', 'Дрыбінскі'],
    ['kirausk', 'Kirausk', 'Кіровський', 'Кировский', 'Kirovsk', 'Кіраўскі'],
    ['klimavichy', 'Klimavichy', 'Климовицький', 'Климовичский', 'Klimovici', 'Клімавіцкі'],
    ['klichau', 'Klichau', 'Кличевський', 'Кличевский', 'Klicev', 'Клічаўскі'],
    ['kastsiukovichy', 'Kastsiukovichy', 'Костюковицький', 'Костюковичский', 'Kostiukovici', 'Касцюковіцкі'],
    ['krasnapolle', 'Krasnapolle', 'Краснопільський', 'Краснопольский', 'Krasnopolie', 'Краснапольскі'],
    ['krychau', 'Krychau', 'Кричевський', 'Кричевский', 'Kricev', 'Крычаўскі'],
    ['kruhlaye', 'Kruhlaye', 'Круглянський', 'Круглянский', 'Krugloe', 'Круглянскі'],
    ['mahiliou', 'Mahilioŭ', 'Могильовський', 'Могилёвский', 'Moghilev', 'Магілёўскі'],
    ['mstsislau', 'Mstsislau', 'Мстиславський', 'Мстиславский', 'Mstislavl', 'Мсціслаўскі'],
    ['asipovichy', 'Asipovichy', 'Осиповицький', 'Осиповичский', 'Osipovici', 'Асіповіцкі'],
    ['slauharad', 'Slauharad', 'Славгородський', 'Славгородский', 'Slavgorod', 'Слаўгарадскі'],
    ['khotsimsk', 'Khotsimsk', 'Хотимський', 'Хотимский', 'Hotimsk', 'Хоцімскі'],
    ['chavusy', 'Chavusy', 'Чауський', 'Чаусский', 'Ciausî', 'Чавускі'],
    ['cherykau', 'Cherykau', 'Чериковський', 'Чериковский', 'Cerikov', 'Чэрыкаўскі'],
    ['shklou', 'Shklou', 'Шкловський', 'Шкловский', 'Șklov', 'Шклоўскі'],
  ]),
  ...childUnits('BY-MA', 'district', BY_CITY, [
    ['mahiliou-city', 'Mahilioŭ', 'Могильов', 'Могилёв', 'Moghilev', 'Магілёў'],
    ['babruisk-city', 'Babruisk', 'Бобруйськ', 'Бобруйск', 'Bobruisk', 'Бабруйск'],
  ]),
];
