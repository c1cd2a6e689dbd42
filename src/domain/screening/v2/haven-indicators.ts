import type { HavenIndicator } from '../indicator-set.ts';
import { t } from '../localised.ts';

// Haven's own child-protection signs. The ILO/EC lists do not name them, but practitioners in Ukraine,
// Moldova and Belarus meet them daily and must be able to record them with their evidence. They are a
// list of their own: shown with every result and explained, never counted by the ILO/EC rule, so a
// dimension is positive, or a case put forward, only on the published indicators. Any recorded sign,
// Haven's included, is reason enough to presume and protect at once (CoE Convention Art. 10(2)).

export const HAVEN_INDICATORS: readonly HavenIndicator[] = [
  {
    id: 'haven.parental-care',
    stage: 'recruitment',
    label: t(
      'The child was without parental care (unaccompanied, separated, or parents working abroad)',
      'Дитина була без батьківського піклування (без супроводу, розлучена з родиною або батьки на заробітках)',
      'Ребёнок был без родительского попечения (без сопровождения, разлучён с семьёй или родители на заработках)',
      'Copilul era lipsit de îngrijire părintească (neînsoțit, separat sau cu părinții plecați la muncă în străinătate)',
      'Дзіця было без бацькоўскага апякунства (без суправаджэння, разлучанае з сям’ёй або бацькі на заробках)',
    ),
    basis:
      'UN CRC Art. 20: a child without parental care has no adult at hand to notice or stop a recruitment.',
  },
  {
    id: 'haven.institutional-care',
    stage: 'recruitment',
    label: t(
      'The child lived in a residential institution (boarding school, children’s home) when recruited',
      'Під час вербування дитина перебувала в закладі інституційного догляду (інтернат, дитячий будинок)',
      'Во время вербовки ребёнок находился в интернатном учреждении (интернат, детский дом)',
      'La momentul recrutării, copilul locuia într-o instituție rezidențială (școală-internat, casă de copii)',
      'Падчас вярбоўкі дзіця знаходзілася ў інтэрнатнай установе (інтэрнат, дзіцячы дом)',
    ),
    basis: 'A child in residential care may have no family to turn to; the ILO/EC lists do not name it.',
  },
  {
    id: 'haven.disability',
    stage: 'recruitment',
    label: t(
      'The child’s disability or long-term illness was taken advantage of',
      'Скористалися інвалідністю або тривалою хворобою дитини',
      'Воспользовались инвалидностью или длительной болезнью ребёнка',
      'S-a profitat de dizabilitatea sau de boala de lungă durată a copilului',
      'Скарысталіся інваліднасцю або працяглай хваробай дзіцяці',
    ),
    basis: 'UN CRPD Art. 16 (freedom from exploitation, violence and abuse).',
  },
  {
    id: 'haven.out-of-school',
    stage: 'recruitment',
    label: t(
      'The child was out of school when recruited',
      'Під час вербування дитина не відвідувала школу',
      'Во время вербовки ребёнок не посещал школу',
      'La momentul recrutării, copilul nu mergea la școală',
      'Падчас вярбоўкі дзіця не наведвала школу',
    ),
    basis: 'UN CRC Art. 28; a child out of school is one services can still reach and protect.',
  },
  {
    id: 'haven.too-hard-for-age',
    stage: 'exploitation',
    label: t(
      'Work too hard or unsuitable for the child’s age',
      'Робота, надто важка чи непридатна для віку дитини',
      'Работа, слишком тяжёлая или неподходящая для возраста ребёнка',
      'Muncă prea grea sau nepotrivită vârstei copilului',
      'Праца, занадта цяжкая ці непрыдатная для ўзросту дзіцяці',
    ),
    basis: 'ILO Convention 182 Art. 3(d) and national lists of work forbidden to children.',
  },
  {
    id: 'haven.no-health-care',
    stage: 'exploitation',
    label: t(
      'The child had no access to health care',
      'Дитина не мала доступу до медичної допомоги',
      'У ребёнка не было доступа к медицинской помощи',
      'Copilul nu avea acces la îngrijiri medicale',
      'Дзіця не мела доступу да медыцынскай дапамогі',
    ),
    basis: 'UN CRC Art. 24 (the right to health care).',
  },
  {
    id: 'haven.no-rest-or-play',
    stage: 'exploitation',
    label: t(
      'The child had no time for rest, play or leisure',
      'Дитина не мала часу на відпочинок, гру чи дозвілля',
      'У ребёнка не было времени на отдых, игры или досуг',
      'Copilul nu avea timp de odihnă, joacă sau recreere',
      'Дзіця не мела часу на адпачынак, гульні ці вольны час',
    ),
    basis: 'UN CRC Art. 31 (rest, leisure and play).',
  },
  {
    id: 'haven.no-carer-at-destination',
    stage: 'exploitation',
    label: t(
      'No parent or responsible adult looked after the child at destination',
      'У місці перебування дитиною не опікувався жоден з батьків чи відповідальний дорослий',
      'В месте пребывания о ребёнке не заботился ни один из родителей или ответственный взрослый',
      'La destinație, niciun părinte sau adult responsabil nu avea grijă de copil',
      'У месцы знаходжання пра дзіця не клапаціўся ніхто з бацькоў ці адказны дарослы',
    ),
    basis: 'CoE Convention Art. 10(4): an unaccompanied child needs a guardian at once.',
  },
  {
    id: 'haven.substance-dependency',
    stage: 'exploitation',
    label: t(
      'The child was made dependent on alcohol or drugs',
      'Дитину зробили залежною від алкоголю чи наркотиків',
      'Ребёнка сделали зависимым от алкоголя или наркотиков',
      'Copilul a fost făcut dependent de alcool sau droguri',
      'Дзіця зрабілі залежным ад алкаголю ці наркотыкаў',
    ),
    basis: 'A means of control that also calls for urgent health care (UN CRC Art. 33).',
  },
  {
    id: 'haven.sexual-exploitation',
    stage: 'exploitation',
    label: t(
      'The child was used in sexual activity for someone’s gain (prostitution, pornography, sexual performances)',
      'Дитину використовували в сексуальних діях заради чиєїсь вигоди (проституція, порнографія, сексуальні вистави)',
      'Ребёнка использовали в сексуальных действиях ради чьей-то выгоды (проституция, порнография, сексуальные представления)',
      'Copilul a fost folosit în activități sexuale în folosul altcuiva (prostituție, pornografie, spectacole sexuale)',
      'Дзіця выкарыстоўвалі ў сэксуальных дзеяннях дзеля чыёйсьці выгады (прастытуцыя, парнаграфія, сэксуальныя паказы)',
    ),
    basis:
      'Lanzarote Convention Arts. 19–21 (child prostitution, child pornography, pornographic performances).',
  },
  {
    id: 'haven.online-sexual-exploitation',
    stage: 'exploitation',
    label: t(
      'The child was sexually exploited online (live streaming, images or videos)',
      'Дитину сексуально експлуатували онлайн (трансляції, фото чи відео)',
      'Ребёнка сексуально эксплуатировали онлайн (трансляции, фото или видео)',
      'Copilul a fost exploatat sexual online (transmisiuni în direct, imagini sau înregistrări video)',
      'Дзіця сэксуальна эксплуатавалі анлайн (трансляцыі, фота ці відэа)',
    ),
    basis: 'Lanzarote Convention Arts. 20–23; online exploitation is not named in the 2009 lists.',
  },
];
