import type { LocalisedText } from '../locales.ts';
import { t } from './localised.ts';

export type ProcedureCountry = 'UA' | 'MD' | 'BY';

export interface ProcedureField {
  key: string;
  label: LocalisedText;
  /** 'authority': the body that acts (free text until agencies carry these roles). */
  type: 'date' | 'text' | 'authority';
  required: boolean;
  /**
   * 'decision' fields belong to the outcome: they are required only once the outcome is recorded
   * (any decision field filled), so a procedure can be stored while it is under way.
   */
  phase: 'application' | 'decision';
  /** A date field that cannot precede this other date field. */
  notBefore?: string;
}

export interface FormalProcedure {
  legalBasis: LocalisedText;
  fields: ProcedureField[];
}

const date = (key: string, label: LocalisedText, phase: ProcedureField['phase'], notBefore?: string) =>
  ({
    key,
    label,
    type: 'date',
    required: true,
    phase,
    ...(notBefore ? { notBefore } : {}),
  }) as ProcedureField;

const DECISION_DATE = t('Decision date', 'Дата рішення', 'Дата решения', 'Data deciziei', 'Дата рашэння');

/**
 * How each country formally recognises a child as a victim (DOMAIN §2 step 3). Kept as data because
 * the rules change by decree; lines marked (verify) in DOMAIN are to be checked against the texts.
 */
export const FORMAL_PROCEDURES: Record<ProcedureCountry, FormalProcedure> = {
  // Status of "a person who suffered from trafficking", Cabinet of Ministers Resolution No. 417 (2012):
  // application to the local state administration (for a child, by the legal representative or anyone
  // who learned of the situation), interview, decision, certificate.
  UA: {
    legalBasis: t(
      'Cabinet of Ministers of Ukraine Resolution No. 417 (2012): procedure for establishing the status of a person who suffered from trafficking in human beings',
      'Постанова Кабінету Міністрів України № 417 (2012): Порядок встановлення статусу особи, яка постраждала від торгівлі людьми',
      'Постановление Кабинета Министров Украины № 417 (2012): Порядок установления статуса лица, пострадавшего от торговли людьми',
      'Hotărârea Cabinetului de Miniștri al Ucrainei nr. 417 (2012): procedura de stabilire a statutului de persoană care a suferit de pe urma traficului de ființe umane',
      'Пастанова Кабінета Міністраў Украіны № 417 (2012): парадак устанаўлення статусу асобы, якая пацярпела ад гандлю людзьмі',
    ),
    fields: [
      date(
        'applicationDate',
        t('Application date', 'Дата заяви', 'Дата заявления', 'Data cererii', 'Дата заявы'),
        'application',
      ),
      {
        key: 'applicant',
        label: t(
          'Applicant (legal representative or person who learned of the situation)',
          'Заявник (законний представник або особа, якій стало відомо про ситуацію)',
          'Заявитель (законный представитель или лицо, которому стало известно о ситуации)',
          'Solicitant (reprezentantul legal sau persoana care a aflat despre situație)',
          'Заяўнік (законны прадстаўнік або асоба, якой стала вядома пра сітуацыю)',
        ),
        type: 'text',
        required: true,
        phase: 'application',
      },
      {
        key: 'decidingAuthority',
        label: t(
          'Local state administration deciding',
          'Місцева державна адміністрація, що приймає рішення',
          'Местная государственная администрация, принимающая решение',
          'Administrația de stat locală care decide',
          'Мясцовая дзяржаўная адміністрацыя, якая прымае рашэнне',
        ),
        type: 'authority',
        required: true,
        phase: 'application',
      },
      {
        key: 'interviewDate',
        label: t(
          'Interview date',
          'Дата співбесіди',
          'Дата собеседования',
          'Data interviului',
          'Дата гутаркі',
        ),
        type: 'date',
        required: false,
        phase: 'application',
        notBefore: 'applicationDate',
      },
      date('decisionDate', DECISION_DATE, 'decision', 'applicationDate'),
      {
        key: 'certificateNumber',
        label: t(
          'Certificate number',
          'Номер довідки',
          'Номер справки',
          'Numărul certificatului',
          'Нумар даведкі',
        ),
        type: 'text',
        required: true,
        phase: 'decision',
      },
    ],
  },
  // Law No. 241/2005 on preventing and combating trafficking in human beings; the National Referral
  // System, in which the territorial multidisciplinary team identifies and refers the child.
  MD: {
    legalBasis: t(
      'Law No. 241/2005 on preventing and combating trafficking in human beings; National Referral System (territorial multidisciplinary team)',
      'Закон № 241/2005 про запобігання торгівлі людьми та боротьбу з нею; Національна система перенаправлення (територіальна мультидисциплінарна команда)',
      'Закон № 241/2005 о предупреждении и борьбе с торговлей людьми; Национальная система перенаправления (территориальная мультидисциплинарная команда)',
      'Legea nr. 241/2005 privind prevenirea și combaterea traficului de ființe umane; Sistemul Național de Referire (echipa multidisciplinară teritorială)',
      'Закон № 241/2005 аб папярэджанні гандлю людзьмі і барацьбе з ім; Нацыянальная сістэма перанакіравання (тэрытарыяльная мультыдысцыплінарная каманда)',
    ),
    fields: [
      date(
        'referralDate',
        t(
          'Date referred to the multidisciplinary team',
          'Дата передачі мультидисциплінарній команді',
          'Дата передачи мультидисциплинарной команде',
          'Data referirii către echipa multidisciplinară',
          'Дата перадачы мультыдысцыплінарнай камандзе',
        ),
        'application',
      ),
      {
        key: 'multidisciplinaryTeam',
        label: t(
          'Territorial multidisciplinary team',
          'Територіальна мультидисциплінарна команда',
          'Территориальная мультидисциплинарная команда',
          'Echipa multidisciplinară teritorială',
          'Тэрытарыяльная мультыдысцыплінарная каманда',
        ),
        type: 'authority',
        required: true,
        phase: 'application',
      },
      date('decisionDate', DECISION_DATE, 'decision', 'referralDate'),
      {
        key: 'decisionReference',
        label: t(
          'Team decision or minutes number',
          'Номер рішення або протоколу команди',
          'Номер решения или протокола команды',
          'Numărul deciziei sau al procesului-verbal al echipei',
          'Нумар рашэння або пратакола каманды',
        ),
        type: 'text',
        required: true,
        phase: 'decision',
      },
    ],
  },
  // Victim status follows recognition as a victim in criminal proceedings; the Ministry of Internal
  // Affairs coordinates (Law "On counteracting trafficking in human beings", 2012 — DOMAIN: verify).
  BY: {
    legalBasis: t(
      'Law of the Republic of Belarus "On counteracting trafficking in human beings" (2012); recognition as a victim in criminal proceedings; Ministry of Internal Affairs',
      'Закон Республіки Білорусь «Про протидію торгівлі людьми» (2012); визнання потерпілим у кримінальному провадженні; Міністерство внутрішніх справ',
      'Закон Республики Беларусь «О противодействии торговле людьми» (2012); признание потерпевшим по уголовному делу; Министерство внутренних дел',
      'Legea Republicii Belarus „Cu privire la combaterea traficului de ființe umane” (2012); recunoașterea ca parte vătămată în procesul penal; Ministerul Afacerilor Interne',
      'Закон Рэспублікі Беларусь «Аб супрацьдзеянні гандлю людзьмі» (2012); прызнанне пацярпелым па крымінальнай справе; Міністэрства ўнутраных спраў',
    ),
    fields: [
      {
        key: 'criminalCaseNumber',
        label: t(
          'Criminal case number',
          'Номер кримінальної справи',
          'Номер уголовного дела',
          'Numărul dosarului penal',
          'Нумар крымінальнай справы',
        ),
        type: 'text',
        required: true,
        phase: 'application',
      },
      {
        key: 'investigatingAuthority',
        label: t(
          'Investigating authority',
          'Орган, що проводить розслідування',
          'Орган, ведущий расследование',
          'Organul de urmărire penală',
          'Орган, які вядзе расследаванне',
        ),
        type: 'authority',
        required: true,
        phase: 'application',
      },
      date(
        'caseOpenedDate',
        t(
          'Date the case was opened',
          'Дата порушення справи',
          'Дата возбуждения дела',
          'Data pornirii dosarului',
          'Дата ўзбуджэння справы',
        ),
        'application',
      ),
      date(
        'recognitionDate',
        t(
          'Date recognised as a victim',
          'Дата визнання потерпілим',
          'Дата признания потерпевшим',
          'Data recunoașterii ca parte vătămată',
          'Дата прызнання пацярпелым',
        ),
        'decision',
        'caseOpenedDate',
      ),
    ],
  },
};
