import type { LocalisedText } from '../../locales.ts';
import { COERCIVE_RECRUITMENT_LABELS as COERCIVE } from './labels-recruitment.ts';
import { t } from '../localised.ts';

// Coercion looks the same before and after the move; the shared labels keep the wording identical.

export const EXPLOITATIVE_CONDITIONS_LABELS = {
  'excessive-hours': t(
    'Excessive working days or hours',
    'Надмірна кількість робочих днів чи годин',
    'Чрезмерное количество рабочих дней или часов',
    'Zile sau ore de muncă excesive',
    'Празмерная колькасць працоўных дзён ці гадзін',
  ),
  hazardous: t(
    'Hazardous work (harmful to health, safety or development)',
    'Небезпечна робота (шкідлива для здоров’я, безпеки чи розвитку)',
    'Опасная работа (вредная для здоровья, безопасности или развития)',
    'Muncă periculoasă (dăunătoare sănătății, siguranței sau dezvoltării)',
    'Небяспечная праца (шкодная для здароўя, бяспекі ці развіцця)',
  ),
  'no-education': t(
    'No access to education',
    'Немає доступу до освіти',
    'Нет доступа к образованию',
    'Fără acces la educație',
    'Няма доступу да адукацыі',
  ),
  'too-hard-for-age': t(
    'Work too hard or too long for the child’s age',
    'Робота надто важка чи тривала для віку дитини',
    'Работа слишком тяжёлая или долгая для возраста ребёнка',
    'Muncă prea grea sau prea lungă pentru vârsta copilului',
    'Праца занадта цяжкая ці доўгая для ўзросту дзіцяці',
  ),
  'low-or-no-pay': t(
    'Little or no pay; the child keeps little or none of the money',
    'Низька оплата або її відсутність; дитині майже нічого не залишається',
    'Низкая оплата или её отсутствие; ребёнку почти ничего не остаётся',
    'Plată mică sau deloc; copilului nu îi rămân aproape deloc bani',
    'Нізкая аплата або яе адсутнасць; дзіцяці амаль нічога не застаецца',
  ),
  'living-conditions': t(
    'Very bad living conditions',
    'Дуже погані умови проживання',
    'Очень плохие условия проживания',
    'Condiții de trai foarte proaste',
    'Вельмі дрэнныя ўмовы пражывання',
  ),
  'no-health-care': t(
    'No access to medical care',
    'Немає доступу до медичної допомоги',
    'Нет доступа к медицинской помощи',
    'Fără acces la asistență medicală',
    'Няма доступу да медыцынскай дапамогі',
  ),
  'no-rest-or-play': t(
    'No time for rest, play or contact with family and friends',
    'Немає часу на відпочинок, гру чи спілкування з родиною та друзями',
    'Нет времени на отдых, игры или общение с семьёй и друзьями',
    'Fără timp pentru odihnă, joacă sau legătura cu familia și prietenii',
    'Няма часу на адпачынак, гульні ці зносіны з сям’ёй і сябрамі',
  ),
  'sexual-exploitation': t(
    'Involved in prostitution, pornography or other sexual exploitation',
    'Залучення до проституції, порнографії чи іншої сексуальної експлуатації',
    'Вовлечение в проституцию, порнографию или иную сексуальную эксплуатацию',
    'Implicat(ă) în prostituție, pornografie sau altă formă de exploatare sexuală',
    'Уцягванне ў прастытуцыю, парнаграфію ці іншую сэксуальную эксплуатацыю',
  ),
  'online-sexual-exploitation': t(
    'Sexually exploited online (images, video, live streaming)',
    'Сексуальна експлуатація онлайн (фото, відео, трансляції)',
    'Сексуальная эксплуатация онлайн (фото, видео, трансляции)',
    'Exploatare sexuală online (imagini, video, transmisiuni în direct)',
    'Сэксуальная эксплуатацыя анлайн (фота, відэа, трансляцыі)',
  ),
  'excessive-clients': t(
    'Excessive number of clients or hours',
    'Надмірна кількість клієнтів чи годин',
    'Чрезмерное количество клиентов или часов',
    'Număr excesiv de clienți sau de ore',
    'Празмерная колькасць кліентаў ці гадзін',
  ),
  'unsafe-sex': t(
    'Made to have unprotected sex or exposed to violence from clients',
    'Примушення до незахищеного сексу або насильство з боку клієнтів',
    'Принуждение к незащищённому сексу или насилие со стороны клиентов',
    'Obligat(ă) la relații sexuale neprotejate sau expus(ă) violenței clienților',
    'Прымус да неабароненага сэксу або гвалт з боку кліентаў',
  ),
} satisfies Record<string, LocalisedText>;

export const COERCION_AT_DESTINATION_LABELS = {
  violence: COERCIVE.violence,
  'threat-violence': COERCIVE['threat-violence'],
  isolation: COERCIVE.isolation,
  debt: COERCIVE.debt,
  documents: COERCIVE.documents,
  'illicit-activities': t(
    'Forced into illicit activities (begging, theft, carrying or selling drugs)',
    'Примушення до протиправної діяльності (жебрацтво, крадіжки, перевезення чи збут наркотиків)',
    'Принуждение к противоправной деятельности (попрошайничество, кражи, перевозка или сбыт наркотиков)',
    'Forțat(ă) la activități ilicite (cerșit, furt, transport sau vânzare de droguri)',
    'Прымус да супрацьпраўнай дзейнасці (жабрацтва, крадзяжы, перавозка ці збыт наркотыкаў)',
  ),
  'under-influence': t(
    'Under the exploiters’ strong control, including through drugs or alcohol',
    'Під сильним контролем експлуататорів, зокрема за допомогою наркотиків чи алкоголю',
    'Под сильным контролем эксплуататоров, в том числе с помощью наркотиков или алкоголя',
    'Sub controlul puternic al exploatatorilor, inclusiv prin droguri sau alcool',
    'Пад моцным кантролем эксплуататараў, у тым ліку з дапамогай наркотыкаў ці алкаголю',
  ),
  'against-peers': t(
    'Forced to act against other children (recruit, watch or punish them)',
    'Примушення діяти проти інших дітей (вербувати, наглядати, карати)',
    'Принуждение действовать против других детей (вербовать, следить, наказывать)',
    'Forțat(ă) să acționeze împotriva altor copii (să-i recruteze, să-i supravegheze, să-i pedepsească)',
    'Прымус дзейнічаць супраць іншых дзяцей (вярбаваць, сачыць, караць)',
  ),
  'forced-to-lie': t(
    'Forced to lie to the authorities, family or others',
    'Примушення брехати представникам влади, родині чи іншим',
    'Принуждение лгать представителям власти, семье или другим',
    'Forțat(ă) să mintă autoritățile, familia sau alte persoane',
    'Прымус хлусіць прадстаўнікам улады, сям’і ці іншым',
  ),
  'forced-tasks': t(
    'Forced to do particular tasks or to serve particular clients',
    'Примушення виконувати певні завдання чи обслуговувати певних клієнтів',
    'Принуждение выполнять определённые задания или обслуживать определённых клиентов',
    'Forțat(ă) să îndeplinească anumite sarcini sau să deservească anumiți clienți',
    'Прымус выконваць пэўныя заданні ці абслугоўваць пэўных кліентаў',
  ),
  'family-violence': COERCIVE['family-violence'],
  'threat-authorities': COERCIVE['threat-authorities'],
  'threat-shame': COERCIVE['threat-shame'],
  'money-withheld': COERCIVE['money-withheld'],
} satisfies Record<string, LocalisedText>;

export const VULNERABILITY_AT_DESTINATION_LABELS = {
  dependency: t(
    'Psychological, emotional or material dependency on the exploiters',
    'Психологічна, емоційна чи матеріальна залежність від експлуататорів',
    'Психологическая, эмоциональная или материальная зависимость от эксплуататоров',
    'Dependență psihologică, emoțională sau materială de exploatatori',
    'Псіхалагічная, эмацыйная ці матэрыяльная залежнасць ад эксплуататараў',
  ),
  'no-parental-care': t(
    'Without parental care or cut off from the family',
    'Без батьківського піклування або відірвана від родини',
    'Без родительского попечения или оторван(а) от семьи',
    'Fără îngrijire părintească sau rupt(ă) de familie',
    'Без бацькоўскага апякунства або адарванае ад сям’і',
  ),
  'cannot-communicate': t(
    'Cannot communicate: does not speak the local language',
    'Не може порозумітися: не знає місцевої мови',
    'Не может объясниться: не знает местного языка',
    'Nu poate comunica: nu vorbește limba locală',
    'Не можа паразумецца: не ведае мясцовай мовы',
  ),
  'lack-information': t(
    'Does not know where they are or where to seek help',
    'Не знає, де перебуває і куди звернутися по допомогу',
    'Не знает, где находится и куда обратиться за помощью',
    'Nu știe unde se află sau unde să ceară ajutor',
    'Не ведае, дзе знаходзіцца і куды звярнуцца па дапамогу',
  ),
  'legal-status': t(
    'Irregular status or no documents; afraid of the authorities',
    'Незаконне перебування або відсутність документів; страх перед владою',
    'Незаконное пребывание или отсутствие документов; страх перед властями',
    'Ședere ilegală sau fără acte; frică de autorități',
    'Незаконнае знаходжанне або адсутнасць дакументаў; страх перад уладамі',
  ),
  'disability-or-addiction': t(
    'Disability, illness or addiction used by the exploiters',
    'Інвалідність, хвороба чи залежність, якими користуються експлуататори',
    'Инвалидность, болезнь или зависимость, которыми пользуются эксплуататоры',
    'Dizabilitate, boală sau dependență de care profită exploatatorii',
    'Інваліднасць, хвароба ці залежнасць, якімі карыстаюцца эксплуататары',
  ),
  'past-trauma': t(
    'Past abuse or trauma used by the exploiters',
    'Пережите насильство чи травма, якими користуються експлуататори',
    'Пережитое насилие или травма, которыми пользуются эксплуататоры',
    'Abuzuri sau traume din trecut de care profită exploatatorii',
    'Перажыты гвалт ці траўма, якімі карыстаюцца эксплуататары',
  ),
} satisfies Record<string, LocalisedText>;
