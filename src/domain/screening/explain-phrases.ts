import type { Locale } from '../locales.ts';

/** Sentence pieces for explanations; the grade, dimension and indicator names come from the label tables. */
export interface ExplanationPhrases {
  positive: string;
  notPositive: string;
  none: string;
  needs: string;
  or: string;
  quote: (text: string) => string;
  suggestion: {
    'identified-review': string;
    presumed: string;
    'no-indication': string;
  };
  recruitment: string;
  exploitation: string;
  movementRecorded: string;
  indicatorsRecorded: string;
  notEnough: string;
  noMeans: string;
  notADecision: string;
}

const guillemets = (text: string) => `«${text}»`;

export const PHRASES: Record<Locale, ExplanationPhrases> = {
  en: {
    positive: 'Positive',
    notPositive: 'Not positive',
    none: 'No indicators recorded',
    needs: 'Positive needs',
    or: 'or',
    quote: (text) => `(${text})`,
    suggestion: {
      'identified-review': 'Suggestion: put the case forward for formal identification',
      presumed: 'Suggestion: treat the child as a presumed victim and protect at once',
      'no-indication': 'The indicators recorded give no indication of trafficking',
    },
    recruitment: 'recruitment or movement',
    exploitation: 'exploitation',
    movementRecorded: 'a recorded recruitment or movement event',
    indicatorsRecorded: 'Indicators recorded',
    notEnough: 'not enough for identification',
    noMeans: 'For a child no means need to be shown (Palermo Protocol Art. 3(c)).',
    notADecision: 'This is a suggestion; a person decides the status.',
  },
  uk: {
    positive: 'Позитивний результат',
    notPositive: 'Недостатньо для позитивного результату',
    none: 'Індикаторів не зафіксовано',
    needs: 'Потрібно',
    or: 'або',
    quote: guillemets,
    suggestion: {
      'identified-review': 'Пропозиція: передати справу для розгляду питання про встановлення статусу',
      presumed: 'Пропозиція: вважати дитину ймовірно постраждалою і негайно забезпечити захист',
      'no-indication': 'Зафіксовані індикатори не вказують на торгівлю людьми',
    },
    recruitment: 'вербування або переміщення',
    exploitation: 'експлуатація',
    movementRecorded: 'зафіксований факт вербування або переміщення',
    indicatorsRecorded: 'Зафіксовано індикаторів',
    notEnough: 'для встановлення статусу цього недостатньо',
    noMeans: 'Для дитини не потрібно доводити спосіб впливу (ст. 3(c) Палермського протоколу).',
    notADecision: 'Це лише пропозиція; статус визначає відповідальна особа.',
  },
  ru: {
    positive: 'Положительный результат',
    notPositive: 'Недостаточно для положительного результата',
    none: 'Индикаторы не зафиксированы',
    needs: 'Требуется',
    or: 'или',
    quote: guillemets,
    suggestion: {
      'identified-review': 'Предложение: передать дело для рассмотрения вопроса о признании жертвой',
      presumed: 'Предложение: считать ребёнка предполагаемой жертвой и немедленно обеспечить защиту',
      'no-indication': 'Зафиксированные индикаторы не указывают на торговлю людьми',
    },
    recruitment: 'вербовка или перемещение',
    exploitation: 'эксплуатация',
    movementRecorded: 'зафиксированный факт вербовки или перемещения',
    indicatorsRecorded: 'Зафиксировано индикаторов',
    notEnough: 'для признания жертвой этого недостаточно',
    noMeans: 'Для ребёнка не требуется доказывать способ воздействия (ст. 3(c) Палермского протокола).',
    notADecision: 'Это лишь предложение; статус определяет ответственное лицо.',
  },
  ro: {
    positive: 'Rezultat pozitiv',
    notPositive: 'Insuficient pentru un rezultat pozitiv',
    none: 'Niciun indicator înregistrat',
    needs: 'Este nevoie de',
    or: 'sau',
    quote: (text) => `„${text}”`,
    suggestion: {
      'identified-review': 'Sugestie: cazul să fie transmis pentru identificarea formală',
      presumed: 'Sugestie: copilul să fie tratat ca victimă prezumată și protejat imediat',
      'no-indication': 'Indicatorii înregistrați nu arată semne de trafic de ființe umane',
    },
    recruitment: 'recrutare sau deplasare',
    exploitation: 'exploatare',
    movementRecorded: 'un eveniment de recrutare sau deplasare înregistrat',
    indicatorsRecorded: 'Indicatori înregistrați',
    notEnough: 'insuficient pentru identificare',
    noMeans: 'Pentru un copil nu trebuie dovedite mijloacele (Protocolul de la Palermo, art. 3(c)).',
    notADecision: 'Aceasta este doar o sugestie; statutul îl decide o persoană.',
  },
  be: {
    positive: 'Станоўчы вынік',
    notPositive: 'Недастаткова для станоўчага выніку',
    none: 'Індыкатары не зафіксаваныя',
    needs: 'Патрэбна',
    or: 'або',
    quote: guillemets,
    suggestion: {
      'identified-review': 'Прапанова: перадаць справу для разгляду пытання аб прызнанні ахвярай',
      presumed: 'Прапанова: лічыць дзіця меркаванай ахвярай і неадкладна забяспечыць абарону',
      'no-indication': 'Зафіксаваныя індыкатары не паказваюць на гандаль людзьмі',
    },
    recruitment: 'вярбоўка або перамяшчэнне',
    exploitation: 'эксплуатацыя',
    movementRecorded: 'зафіксаваны факт вярбоўкі або перамяшчэння',
    indicatorsRecorded: 'Зафіксавана індыкатараў',
    notEnough: 'для прызнання ахвярай гэтага недастаткова',
    noMeans: 'Для дзіцяці не трэба даказваць спосаб уздзеяння (арт. 3(c) Палермскага пратакола).',
    notADecision: 'Гэта толькі прапанова; статус вызначае адказная асоба.',
  },
};
