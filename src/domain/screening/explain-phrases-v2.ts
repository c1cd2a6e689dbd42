import type { Locale } from '../locales.ts';

/**
 * Sentence pieces the v2 explanation adds to PHRASES: the act and exploitation named as the ILO/EC
 * rule for children names them, what is still missing, and Haven's own items set apart.
 */
export interface V2Phrases {
  act: string;
  exploitation: string;
  noMeansChild: string;
  counted: (ilo: number, haven: number) => string;
  notYetShown: string;
  missingAct: string;
  missingExploitation: (dimensions: string) => string;
  haven: string;
}

export const PHRASES_V2: Record<Locale, V2Phrases> = {
  en: {
    act: 'The act (recruitment or movement)',
    exploitation: 'Exploitation',
    noMeansChild:
      'For a child no means need to be shown (Palermo Protocol Art. 3(c)): coercion or abuse of vulnerability at destination is not required.',
    counted: (ilo, haven) => `Indicators recorded: ${ilo} from the ILO/EC list, ${haven} of Haven’s own`,
    notYetShown: 'Not yet shown',
    missingAct: 'the act (a positive recruitment dimension or a recorded recruitment or movement event)',
    missingExploitation: (dimensions) => `exploitation (a positive result for ${dimensions})`,
    haven: 'Haven’s own indicators, not counted by the ILO/EC rule',
  },
  uk: {
    act: 'Дія (вербування або переміщення)',
    exploitation: 'Експлуатація',
    noMeansChild:
      'Для дитини не потрібно доводити спосіб впливу (ст. 3(c) Палермського протоколу): примус чи використання уразливого становища в місці експлуатації не є обов’язковими.',
    counted: (ilo, haven) =>
      `Зафіксовано індикаторів: зі списку МОП/ЄК — ${ilo}, власних індикаторів Haven — ${haven}`,
    notYetShown: 'Ще не підтверджено',
    missingAct:
      'дія (позитивний результат за одним із вимірів вербування або зафіксований факт вербування чи переміщення)',
    missingExploitation: (dimensions) => `експлуатація (позитивний результат за виміром: ${dimensions})`,
    haven: 'Власні індикатори Haven, які не враховуються за правилом МОП/ЄК',
  },
  ru: {
    act: 'Действие (вербовка или перемещение)',
    exploitation: 'Эксплуатация',
    noMeansChild:
      'Для ребёнка не требуется доказывать способ воздействия (ст. 3(c) Палермского протокола): принуждение или использование уязвимого положения в месте эксплуатации не обязательны.',
    counted: (ilo, haven) =>
      `Зафиксировано индикаторов: из списка МОТ/ЕК — ${ilo}, собственных индикаторов Haven — ${haven}`,
    notYetShown: 'Ещё не подтверждено',
    missingAct:
      'действие (положительный результат по одному из измерений вербовки или зафиксированный факт вербовки или перемещения)',
    missingExploitation: (dimensions) => `эксплуатация (положительный результат по измерению: ${dimensions})`,
    haven: 'Собственные индикаторы Haven, не учитываемые по правилу МОТ/ЕК',
  },
  ro: {
    act: 'Fapta (recrutare sau deplasare)',
    exploitation: 'Exploatarea',
    noMeansChild:
      'Pentru un copil nu trebuie dovedite mijloacele (Protocolul de la Palermo, art. 3(c)): constrângerea sau abuzul de vulnerabilitate la destinație nu sunt necesare.',
    counted: (ilo, haven) => `Indicatori înregistrați: ${ilo} din lista OIM/CE, ${haven} proprii Haven`,
    notYetShown: 'Încă nu este demonstrat',
    missingAct:
      'fapta (un rezultat pozitiv la una dintre dimensiunile recrutării sau un eveniment de recrutare ori deplasare înregistrat)',
    missingExploitation: (dimensions) => `exploatarea (un rezultat pozitiv la: ${dimensions})`,
    haven: 'Indicatori proprii Haven, care nu se iau în calcul conform regulii OIM/CE',
  },
  be: {
    act: 'Дзеянне (вярбоўка або перамяшчэнне)',
    exploitation: 'Эксплуатацыя',
    noMeansChild:
      'Для дзіцяці не трэба даказваць спосаб уздзеяння (арт. 3(c) Палермскага пратакола): прымус ці выкарыстанне ўразлівага становішча ў месцы эксплуатацыі не абавязковыя.',
    counted: (ilo, haven) =>
      `Зафіксавана індыкатараў: са спіса МАП/ЕК — ${ilo}, уласных індыкатараў Haven — ${haven}`,
    notYetShown: 'Яшчэ не пацверджана',
    missingAct:
      'дзеянне (станоўчы вынік па адным з вымярэнняў вярбоўкі або зафіксаваны факт вярбоўкі ці перамяшчэння)',
    missingExploitation: (dimensions) => `эксплуатацыя (станоўчы вынік па вымярэнні: ${dimensions})`,
    haven: 'Уласныя індыкатары Haven, якія не ўлічваюцца паводле правіла МАП/ЕК',
  },
};
