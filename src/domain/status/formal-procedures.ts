import type { LocalisedText } from '../locales.ts';
import { t } from './localised.ts';

export type ProcedureCountry = 'UA' | 'MD' | 'BY';

export interface ProcedureField {
  key: string;
  label: LocalisedText;
  /** 'authority': the body that acts (free text until agencies carry these roles); 'choice': one of `options`. */
  type: 'date' | 'text' | 'authority' | 'choice';
  options?: ReadonlyArray<{ value: string; label: LocalisedText }>;
  required: boolean;
  /**
   * 'decision' fields belong to the outcome: they are required once the outcome is recorded (any
   * decision field filled, or the status decided is an identification), so a procedure can be stored
   * while it is under way. 'appeal' fields are required once any of them is filled, after a refusal.
   */
  phase: 'application' | 'decision' | 'appeal';
  /** Required only when another field holds one of these values (a refusal's reason, a route's fields). */
  requiredWhen?: { field: string; values: ReadonlyArray<string> };
  /** A date field that cannot precede this other date field. */
  notBefore?: string;
}

export interface FormalProcedure {
  legalBasis: LocalisedText;
  /** Who receives the application (Ukraine: the local state administration). */
  receivedBy: LocalisedText;
  /** Who decides (Ukraine: the Ministry of Social Policy — not the body that received the application). */
  decidedBy: LocalisedText;
  /**
   * The presumption itself is decided under this procedure (Moldova: the territorial multidisciplinary
   * team): a presumed-victim decision carries the procedure's application fields. Elsewhere a
   * presumption rests on reasonable grounds and may carry the application if one was already made.
   */
  presumedThroughProcedure?: boolean;
  fields: ProcedureField[];
}

/** The outcome of a formal procedure: the status granted, or refused (which may be appealed). */
export const PROCEDURE_OUTCOMES = ['granted', 'refused'] as const;
export const APPEAL_OUTCOMES = ['pending', 'upheld', 'overturned'] as const;

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

/** The outcome, the reason of a refusal and the appeal against it: the same recorded path everywhere. */
const OUTCOME_AND_APPEAL = (decisionDateKey: string): ProcedureField[] => [
  {
    key: 'outcome',
    label: t('Outcome', 'Результат', 'Результат', 'Rezultatul', 'Вынік'),
    type: 'choice',
    options: [
      {
        value: 'granted',
        label: t(
          'Status granted',
          'Статус встановлено',
          'Статус установлен',
          'Statut acordat',
          'Статус устаноўлены',
        ),
      },
      {
        value: 'refused',
        label: t('Refused', 'Відмовлено', 'Отказано', 'Refuzat', 'Адмоўлена'),
      },
    ],
    required: true,
    phase: 'decision',
  },
  {
    key: 'refusalReason',
    label: t(
      'Reason given for the refusal',
      'Підстава відмови',
      'Основание отказа',
      'Motivul refuzului',
      'Падстава адмовы',
    ),
    type: 'text',
    required: true,
    phase: 'decision',
    requiredWhen: { field: 'outcome', values: ['refused'] },
  },
  date(
    'appealFiledOn',
    t(
      'Appeal filed on',
      'Дата подання скарги',
      'Дата подачи жалобы',
      'Data depunerii contestației',
      'Дата падачы скаргі',
    ),
    'appeal',
    decisionDateKey,
  ),
  {
    key: 'appealBody',
    label: t(
      'Appeal heard by (court or higher body)',
      'Скаргу розглядає (суд або вищий орган)',
      'Жалобу рассматривает (суд или вышестоящий орган)',
      'Contestația examinată de (instanța sau organul ierarhic superior)',
      'Скаргу разглядае (суд або вышэйшы орган)',
    ),
    type: 'authority',
    required: true,
    phase: 'appeal',
  },
  {
    key: 'appealOutcome',
    label: t(
      'Appeal outcome',
      'Результат оскарження',
      'Результат обжалования',
      'Rezultatul contestației',
      'Вынік абскарджання',
    ),
    type: 'choice',
    options: [
      {
        value: 'pending',
        label: t('Pending', 'Розглядається', 'На рассмотрении', 'În examinare', 'Разглядаецца'),
      },
      {
        value: 'upheld',
        label: t(
          'Refusal upheld',
          'Відмову залишено в силі',
          'Отказ оставлен в силе',
          'Refuzul menținut',
          'Адмова пакінута ў сіле',
        ),
      },
      {
        value: 'overturned',
        label: t(
          'Refusal overturned',
          'Відмову скасовано',
          'Отказ отменён',
          'Refuzul anulat',
          'Адмова адменена',
        ),
      },
    ],
    required: true,
    phase: 'appeal',
  },
];

/**
 * How each country formally recognises a child as a victim (DOMAIN §2 step 3). Kept as data because
 * the rules change by decree; lines marked (verify) in DOMAIN are to be checked against the texts.
 */
export const FORMAL_PROCEDURES: Record<ProcedureCountry, FormalProcedure> = {
  // Status of "a person who suffered from trafficking", Cabinet of Ministers Resolution No. 417 (2012):
  // application to the local state administration (for a child, by the legal representative or anyone
  // who learned of the situation), interview, decision, certificate.
  UA: {
    receivedBy: t(
      'Local state administration at the child’s place of stay',
      'Місцева державна адміністрація за місцем перебування дитини',
      'Местная государственная администрация по месту пребывания ребёнка',
      'Administrația de stat locală de la locul de aflare a copilului',
      'Мясцовая дзяржаўная адміністрацыя па месцы знаходжання дзіцяці',
    ),
    decidedBy: t(
      'Ministry of Social Policy of Ukraine',
      'Міністерство соціальної політики України',
      'Министерство социальной политики Украины',
      'Ministerul Politicii Sociale al Ucrainei',
      'Міністэрства сацыяльнай палітыкі Украіны',
    ),
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
        key: 'receivingAuthority',
        label: t(
          'Local state administration that received the application (where the child stays)',
          'Місцева державна адміністрація, яка прийняла заяву (за місцем перебування дитини)',
          'Местная государственная администрация, принявшая заявление (по месту пребывания ребёнка)',
          'Administrația de stat locală care a primit cererea (la locul de aflare a copilului)',
          'Мясцовая дзяржаўная адміністрацыя, якая прыняла заяву (па месцы знаходжання дзіцяці)',
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
        requiredWhen: { field: 'outcome', values: ['granted'] },
      },
      ...OUTCOME_AND_APPEAL('decisionDate'),
    ],
  },
  // Law No. 241/2005 on preventing and combating trafficking in human beings; the National Referral
  // System, in which the territorial multidisciplinary team identifies and refers the child.
  MD: {
    // A presumed victim is identified by the territorial multidisciplinary team; victim status follows
    // recognition by the criminal prosecution body or a court (Law 241/2005, Art. 2).
    receivedBy: t(
      'Territorial multidisciplinary team (presumed victim)',
      'Територіальна мультидисциплінарна команда (ймовірна жертва)',
      'Территориальная мультидисциплинарная команда (предполагаемая жертва)',
      'Echipa multidisciplinară teritorială (victimă prezumată)',
      'Тэрытарыяльная мультыдысцыплінарная каманда (меркаваная ахвяра)',
    ),
    decidedBy: t(
      'Criminal prosecution body or court (victim status)',
      'Орган кримінального переслідування або суд (статус жертви)',
      'Орган уголовного преследования или суд (статус жертвы)',
      'Organul de urmărire penală sau instanța (statutul de victimă)',
      'Орган крымінальнага пераследу або суд (статус ахвяры)',
    ),
    presumedThroughProcedure: true,
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
        key: 'decidingAuthority',
        label: t(
          'Body that recognised the victim status (criminal prosecution body or court)',
          'Орган, що визнав статус жертви (орган кримінального переслідування або суд)',
          'Орган, признавший статус жертвы (орган уголовного преследования или суд)',
          'Organul care a recunoscut statutul de victimă (organul de urmărire penală sau instanța)',
          'Орган, які прызнаў статус ахвяры (орган крымінальнага пераследу або суд)',
        ),
        type: 'authority',
        required: true,
        phase: 'decision',
      },
      {
        key: 'decisionReference',
        label: t(
          'Decision or ordinance number',
          'Номер рішення або постанови',
          'Номер решения или постановления',
          'Numărul deciziei sau al ordonanței',
          'Нумар рашэння або пастановы',
        ),
        type: 'text',
        required: true,
        phase: 'decision',
        requiredWhen: { field: 'outcome', values: ['granted'] },
      },
      ...OUTCOME_AND_APPEAL('decisionDate'),
    ],
  },
  // Victim status follows recognition as a victim in criminal proceedings; the Ministry of Internal
  // Affairs coordinates (Law "On counteracting trafficking in human beings", 2012 — DOMAIN: verify).
  BY: {
    // Two paths: recognition as a victim in a criminal case, or — with no criminal case — the internal
    // affairs body's recognition of the child as a victim of trafficking, which opens assistance (Law
    // No. 350-Z of 7 January 2012, as amended; verify the article against the current text).
    receivedBy: t(
      'Internal affairs body (or the investigating authority in a criminal case)',
      'Орган внутрішніх справ (або орган розслідування у кримінальній справі)',
      'Орган внутренних дел (или орган, ведущий уголовное дело)',
      'Organul afacerilor interne (sau organul de urmărire penală în dosarul penal)',
      'Орган унутраных спраў (або орган, які вядзе крымінальную справу)',
    ),
    decidedBy: t(
      'Investigating authority or court; without a criminal case, the internal affairs body',
      'Орган розслідування або суд; без кримінальної справи — орган внутрішніх справ',
      'Орган уголовного преследования или суд; без уголовного дела — орган внутренних дел',
      'Organul de urmărire penală sau instanța; fără dosar penal, organul afacerilor interne',
      'Орган крымінальнага пераследу або суд; без крымінальнай справы — орган унутраных спраў',
    ),
    legalBasis: t(
      'Law of the Republic of Belarus "On counteracting trafficking in human beings" (2012); recognition as a victim in criminal proceedings; Ministry of Internal Affairs',
      'Закон Республіки Білорусь «Про протидію торгівлі людьми» (2012); визнання потерпілим у кримінальному провадженні; Міністерство внутрішніх справ',
      'Закон Республики Беларусь «О противодействии торговле людьми» (2012); признание потерпевшим по уголовному делу; Министерство внутренних дел',
      'Legea Republicii Belarus „Cu privire la combaterea traficului de ființe umane” (2012); recunoașterea ca parte vătămată în procesul penal; Ministerul Afacerilor Interne',
      'Закон Рэспублікі Беларусь «Аб супрацьдзеянні гандлю людзьмі» (2012); прызнанне пацярпелым па крымінальнай справе; Міністэрства ўнутраных спраў',
    ),
    fields: [
      {
        key: 'route',
        label: t('Path', 'Шлях', 'Путь', 'Calea', 'Шлях'),
        type: 'choice',
        options: [
          {
            value: 'criminal-case',
            label: t(
              'Victim in a criminal case',
              'Потерпілий у кримінальній справі',
              'Потерпевший по уголовному делу',
              'Parte vătămată în dosarul penal',
              'Пацярпелы па крымінальнай справе',
            ),
          },
          {
            value: 'without-criminal-case',
            label: t(
              'Assistance without a criminal case',
              'Допомога без кримінальної справи',
              'Помощь без уголовного дела',
              'Asistență fără dosar penal',
              'Дапамога без крымінальнай справы',
            ),
          },
        ],
        required: true,
        phase: 'application',
      },
      {
        key: 'recognisingBody',
        label: t(
          'Internal affairs body that recognised the child for assistance',
          'Орган внутрішніх справ, що визнав дитину для надання допомоги',
          'Орган внутренних дел, признавший ребёнка для оказания помощи',
          'Organul afacerilor interne care a recunoscut copilul pentru asistență',
          'Орган унутраных спраў, які прызнаў дзіця для аказання дапамогі',
        ),
        type: 'authority',
        required: true,
        phase: 'application',
        requiredWhen: { field: 'route', values: ['without-criminal-case'] },
      },
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
        requiredWhen: { field: 'route', values: ['criminal-case'] },
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
        requiredWhen: { field: 'route', values: ['criminal-case'] },
      },
      {
        ...date(
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
        requiredWhen: { field: 'route', values: ['criminal-case'] },
      },
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
      ...OUTCOME_AND_APPEAL('recognitionDate'),
    ],
  },
};
