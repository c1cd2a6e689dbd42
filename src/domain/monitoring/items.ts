// The items of the well-being assessment (docs/domain.md §5), each scored 1–4 against a written anchor.
// 1 = serious concern, 2 = some concern, 3 = mostly fine, 4 = good. The anchors are data, shown to the
// assessor beside each score in all five languages, so two workers score the same situation alike.
import type { LocalisedText } from '../locales.ts';
import type { MonitoringDomain } from './domains.ts';

export const SCORES = [1, 2, 3, 4] as const;
export type Score = (typeof SCORES)[number];

export type AssessmentItem = {
  id: string;
  domain: MonitoringDomain;
  label: LocalisedText;
  /** Anchors for scores 1, 2, 3, 4 in that order. */
  anchors: readonly [LocalisedText, LocalisedText, LocalisedText, LocalisedText];
};

const t = (en: string, uk: string, ru: string, ro: string, be: string): LocalisedText => ({
  en,
  uk,
  ru,
  ro,
  be,
});

export const ASSESSMENT_ITEMS: readonly AssessmentItem[] = [
  // ——— Safety and protection ———
  {
    id: 'safety.retrafficking-risk',
    domain: 'safety',
    label: t(
      'Risk of re-trafficking / contact with exploiters',
      'Ризик повторної торгівлі людьми / контакт з експлуататорами',
      'Риск повторной торговли / контакт с эксплуататорами',
      'Risc de retraficare / contact cu exploatatorii',
      'Рызыка паўторнага гандлю / кантакт з эксплуататарамі',
    ),
    anchors: [
      t(
        'In contact with exploiters or recruiters, or approached with offers now',
        'Контактує з експлуататорами чи вербувальниками або отримує пропозиції зараз',
        'Общается с эксплуататорами или вербовщиками либо получает предложения сейчас',
        'În contact cu exploatatori sau recrutori ori primește oferte acum',
        'Кантактуе з эксплуататарамі ці вярбоўшчыкамі або атрымлівае прапановы зараз',
      ),
      t(
        'Some warning signs (unknown contacts, talk of leaving), no direct contact',
        'Є тривожні ознаки (невідомі контакти, розмови про від’їзд), прямого контакту немає',
        'Есть тревожные признаки (незнакомые контакты, разговоры об отъезде), прямого контакта нет',
        'Unele semne de alarmă (contacte necunoscute, vorbește de plecare), fără contact direct',
        'Ёсць трывожныя прыкметы (невядомыя кантакты, размовы пра ад’езд), прамога кантакту няма',
      ),
      t(
        'No contact; risk factors known and watched',
        'Контакту немає; чинники ризику відомі й під наглядом',
        'Контакта нет; факторы риска известны и под наблюдением',
        'Niciun contact; factorii de risc sunt cunoscuți și urmăriți',
        'Кантакту няма; фактары рызыкі вядомыя і пад наглядам',
      ),
      t(
        'No contact and no current risk factors',
        'Контакту немає і чинників ризику зараз немає',
        'Контакта нет и факторов риска сейчас нет',
        'Niciun contact și niciun factor de risc actual',
        'Кантакту няма і фактараў рызыкі зараз няма',
      ),
    ],
  },
  {
    id: 'safety.abuse-in-care',
    domain: 'safety',
    label: t(
      'Abuse or exploitation in current care',
      'Насильство чи експлуатація в нинішньому місці догляду',
      'Насилие или эксплуатация в нынешнем месте проживания',
      'Abuz sau exploatare în îngrijirea actuală',
      'Гвалт ці эксплуатацыя ў цяперашнім месцы догляду',
    ),
    anchors: [
      t(
        'Abuse, neglect or exploitation happening now',
        'Насильство, нехтування чи експлуатація відбуваються зараз',
        'Насилие, пренебрежение или эксплуатация происходят сейчас',
        'Abuz, neglijare sau exploatare au loc acum',
        'Гвалт, занядбанне ці эксплуатацыя адбываюцца зараз',
      ),
      t(
        'Concerns reported or signs seen, not confirmed',
        'Є повідомлення чи ознаки, не підтверджено',
        'Есть сообщения или признаки, не подтверждено',
        'Îngrijorări semnalate sau semne observate, neconfirmate',
        'Ёсць паведамленні ці прыкметы, не пацверджана',
      ),
      t(
        'No signs; the child has someone to tell',
        'Ознак немає; дитина має кому розповісти',
        'Признаков нет; ребёнку есть кому рассказать',
        'Niciun semn; copilul are cui să spună',
        'Прыкмет няма; дзіцяці ёсць каму расказаць',
      ),
      t(
        'Safe, caring home; the child says they feel safe',
        'Безпечний, турботливий дім; дитина каже, що почувається в безпеці',
        'Безопасный, заботливый дом; ребёнок говорит, что чувствует себя в безопасности',
        'Cămin sigur și grijuliu; copilul spune că se simte în siguranță',
        'Бяспечны, клапатлівы дом; дзіця кажа, што адчувае сябе ў бяспецы',
      ),
    ],
  },
  {
    id: 'safety.safety-plan',
    domain: 'safety',
    label: t(
      'Safety plan in place',
      'Наявність плану безпеки',
      'Наличие плана безопасности',
      'Plan de siguranță existent',
      'Наяўнасць плана бяспекі',
    ),
    anchors: [
      t(
        'No safety plan although risks are known',
        'Плану безпеки немає, хоча ризики відомі',
        'Плана безопасности нет, хотя риски известны',
        'Niciun plan de siguranță, deși riscurile sunt cunoscute',
        'Плана бяспекі няма, хоць рызыкі вядомыя',
      ),
      t(
        'A plan exists but the child or caregiver does not know it',
        'План є, але дитина чи опікун його не знають',
        'План есть, но ребёнок или опекун его не знают',
        'Există un plan, dar copilul sau îngrijitorul nu îl cunoaște',
        'План ёсць, але дзіця ці апякун яго не ведаюць',
      ),
      t(
        'Plan known to child and caregiver, partly followed',
        'План відомий дитині й опікуну, частково виконується',
        'План известен ребёнку и опекуну, частично выполняется',
        'Plan cunoscut de copil și îngrijitor, urmat parțial',
        'План вядомы дзіцяці і апякуну, часткова выконваецца',
      ),
      t(
        'Plan known, followed and reviewed',
        'План відомий, виконується й переглядається',
        'План известен, выполняется и пересматривается',
        'Plan cunoscut, urmat și revizuit',
        'План вядомы, выконваецца і пераглядаецца',
      ),
    ],
  },
  // ——— Family and care ———
  {
    id: 'family.care-stability',
    domain: 'family',
    label: t(
      'Stability of the care arrangement',
      'Стабільність місця проживання і догляду',
      'Стабильность места проживания и ухода',
      'Stabilitatea îngrijirii',
      'Стабільнасць месца пражывання і догляду',
    ),
    anchors: [
      t(
        'No stable place; the placement is breaking down',
        'Стабільного місця немає; влаштування руйнується',
        'Стабильного места нет; устройство распадается',
        'Niciun loc stabil; plasamentul se destramă',
        'Стабільнага месца няма; уладкаванне руйнуецца',
      ),
      t(
        'Placement under strain or temporary',
        'Влаштування під загрозою або тимчасове',
        'Устройство под угрозой или временное',
        'Plasament sub presiune sau temporar',
        'Уладкаванне пад пагрозай або часовае',
      ),
      t(
        'Stable for now with some worries',
        'Поки стабільно, є певні побоювання',
        'Пока стабильно, есть некоторые опасения',
        'Stabil deocamdată, cu unele griji',
        'Пакуль стабільна, ёсць пэўныя асцярогі',
      ),
      t(
        'Stable, long-term arrangement',
        'Стабільне довгострокове влаштування',
        'Стабильное долгосрочное устройство',
        'Îngrijire stabilă, pe termen lung',
        'Стабільнае доўгатэрміновае ўладкаванне',
      ),
    ],
  },
  {
    id: 'family.caregiver-relationship',
    domain: 'family',
    label: t(
      'Quality of the caregiver relationship',
      'Якість стосунків з опікуном',
      'Качество отношений с опекуном',
      'Calitatea relației cu îngrijitorul',
      'Якасць адносін з апекуном',
    ),
    anchors: [
      t(
        'Hostile or rejecting relationship',
        'Ворожі чи відштовхувальні стосунки',
        'Враждебные или отвергающие отношения',
        'Relație ostilă sau de respingere',
        'Варожыя ці адштурхоўвальныя адносіны',
      ),
      t(
        'Distant, frequent conflict',
        'Відчужені стосунки, часті конфлікти',
        'Отчуждённые отношения, частые конфликты',
        'Relație distantă, conflicte dese',
        'Адчужаныя адносіны, частыя канфлікты',
      ),
      t(
        'Generally warm, some conflict',
        'Загалом теплі, трапляються конфлікти',
        'В целом тёплые, бывают конфликты',
        'În general caldă, cu unele conflicte',
        'У цэлым цёплыя, бываюць канфлікты',
      ),
      t(
        'Warm, supportive and trusting',
        'Теплі, підтримувальні, з довірою',
        'Тёплые, поддерживающие, с доверием',
        'Caldă, de sprijin și încredere',
        'Цёплыя, падтрымлівальныя, з даверам',
      ),
    ],
  },
  {
    id: 'family.guardian',
    domain: 'family',
    label: t(
      'Guardian appointed and active',
      'Опікуна призначено, він діє',
      'Опекун назначен и действует',
      'Tutore numit și activ',
      'Апекун прызначаны і дзейнічае',
    ),
    anchors: [
      t(
        'No guardian although one is needed',
        'Опікуна немає, хоча він потрібен',
        'Опекуна нет, хотя он нужен',
        'Niciun tutore, deși este nevoie',
        'Апекуна няма, хоць ён патрэбны',
      ),
      t(
        'Guardian appointed but not involved',
        'Опікуна призначено, але він не долучений',
        'Опекун назначен, но не участвует',
        'Tutore numit, dar neimplicat',
        'Апекун прызначаны, але не ўдзельнічае',
      ),
      t(
        'Guardian involved in most decisions',
        'Опікун бере участь у більшості рішень',
        'Опекун участвует в большинстве решений',
        'Tutorele participă la majoritatea deciziilor',
        'Апекун удзельнічае ў большасці рашэнняў',
      ),
      t(
        'Guardian active in every decision, or not needed (with parents)',
        'Опікун діє в кожному рішенні або не потрібен (з батьками)',
        'Опекун участвует в каждом решении или не нужен (с родителями)',
        'Tutore activ la fiecare decizie sau nu e necesar (cu părinții)',
        'Апекун дзейнічае ў кожным рашэнні або не патрэбны (з бацькамі)',
      ),
    ],
  },
  // ——— Health ———
  {
    id: 'health.physical',
    domain: 'health',
    label: t(
      'Physical health',
      'Фізичне здоров’я',
      'Физическое здоровье',
      'Sănătatea fizică',
      'Фізічнае здароўе',
    ),
    anchors: [
      t(
        'Serious illness or injury, untreated',
        'Серйозна хвороба чи травма без лікування',
        'Серьёзная болезнь или травма без лечения',
        'Boală sau rănire gravă, netratată',
        'Сур’ёзная хвароба ці траўма без лячэння',
      ),
      t(
        'Health problems affecting daily life',
        'Проблеми зі здоров’ям заважають щоденному життю',
        'Проблемы со здоровьем мешают повседневной жизни',
        'Probleme de sănătate care afectează viața zilnică',
        'Праблемы са здароўем перашкаджаюць штодзённаму жыццю',
      ),
      t(
        'Minor problems, being treated',
        'Незначні проблеми, лікуються',
        'Незначительные проблемы, лечатся',
        'Probleme minore, în tratament',
        'Нязначныя праблемы, лечацца',
      ),
      t('Healthy', 'Здорова дитина', 'Ребёнок здоров', 'Sănătos', 'Дзіця здаровае'),
    ],
  },
  {
    id: 'health.access',
    domain: 'health',
    label: t(
      'Access to health services',
      'Доступ до медичних послуг',
      'Доступ к медицинским услугам',
      'Acces la servicii de sănătate',
      'Доступ да медыцынскіх паслуг',
    ),
    anchors: [
      t(
        'No access to care when needed',
        'Немає доступу до допомоги, коли вона потрібна',
        'Нет доступа к помощи, когда она нужна',
        'Fără acces la îngrijire când e nevoie',
        'Няма доступу да дапамогі, калі яна патрэбна',
      ),
      t(
        'Access only in emergencies',
        'Доступ лише в невідкладних випадках',
        'Доступ только в экстренных случаях',
        'Acces doar în urgențe',
        'Доступ толькі ў экстраных выпадках',
      ),
      t(
        'Registered with a doctor, some gaps',
        'Має сімейного лікаря, є прогалини',
        'Прикреплён к врачу, есть пробелы',
        'Înscris la medic, cu unele lipsuri',
        'Прымацаваны да ўрача, ёсць прабелы',
      ),
      t(
        'Regular care and check-ups',
        'Регулярна отримує допомогу й огляди',
        'Регулярно получает помощь и осмотры',
        'Îngrijire și controale regulate',
        'Рэгулярна атрымлівае дапамогу і агляды',
      ),
    ],
  },
  {
    id: 'health.srh',
    domain: 'health',
    label: t(
      'Sexual and reproductive health needs met',
      'Потреби сексуального і репродуктивного здоров’я задоволено',
      'Потребности сексуального и репродуктивного здоровья удовлетворены',
      'Nevoile de sănătate sexuală și reproductivă acoperite',
      'Патрэбы сэксуальнага і рэпрадуктыўнага здароўя задаволены',
    ),
    anchors: [
      t(
        'Urgent needs unmet (pregnancy, infection, injury)',
        'Нагальні потреби не задоволено (вагітність, інфекція, травма)',
        'Срочные потребности не удовлетворены (беременность, инфекция, травма)',
        'Nevoi urgente neacoperite (sarcină, infecție, rănire)',
        'Тэрміновыя патрэбы не задаволены (цяжарнасць, інфекцыя, траўма)',
      ),
      t(
        'Needs known, care not yet arranged',
        'Потреби відомі, допомогу ще не організовано',
        'Потребности известны, помощь ещё не организована',
        'Nevoi cunoscute, îngrijirea încă neorganizată',
        'Патрэбы вядомыя, дапамога яшчэ не арганізавана',
      ),
      t(
        'Care arranged, follow-up pending',
        'Допомогу організовано, чекає на подальший огляд',
        'Помощь организована, ожидается повторный осмотр',
        'Îngrijire organizată, urmărire în așteptare',
        'Дапамога арганізавана, чакаецца паўторны агляд',
      ),
      t(
        'Needs met, age-appropriate information given',
        'Потреби задоволено, надано інформацію відповідно до віку',
        'Потребности удовлетворены, дана информация по возрасту',
        'Nevoi acoperite, informații potrivite vârstei oferite',
        'Патрэбы задаволены, дадзена інфармацыя па ўзросце',
      ),
    ],
  },
  // ——— Psychosocial ———
  {
    id: 'psychosocial.emotional',
    domain: 'psychosocial',
    label: t(
      'Emotional health and trauma symptoms',
      'Емоційний стан і симптоми травми',
      'Эмоциональное состояние и симптомы травмы',
      'Sănătatea emoțională și simptomele traumei',
      'Эмацыйны стан і сімптомы траўмы',
    ),
    anchors: [
      t(
        'Severe distress, self-harm or suicidal thoughts',
        'Сильний дистрес, самоушкодження чи суїцидальні думки',
        'Сильный дистресс, самоповреждения или суицидальные мысли',
        'Suferință gravă, autovătămare sau gânduri suicidare',
        'Моцны дыстрэс, самапашкоджанне ці суіцыдальныя думкі',
      ),
      t(
        'Frequent symptoms (nightmares, fear, anger) affecting daily life',
        'Часті симптоми (кошмари, страх, гнів) заважають щоденному життю',
        'Частые симптомы (кошмары, страх, гнев) мешают повседневной жизни',
        'Simptome dese (coșmaruri, frică, furie) care afectează viața zilnică',
        'Частыя сімптомы (кашмары, страх, гнеў) перашкаджаюць штодзённаму жыццю',
      ),
      t(
        'Occasional symptoms, coping',
        'Час від часу симптоми, дитина справляється',
        'Временами симптомы, ребёнок справляется',
        'Simptome ocazionale, face față',
        'Часам сімптомы, дзіця спраўляецца',
      ),
      t(
        'Emotionally stable, hopeful',
        'Емоційно стабільна, з надією',
        'Эмоционально стабилен, с надеждой',
        'Stabil emoțional, încrezător',
        'Эмацыйна стабільнае, з надзеяй',
      ),
    ],
  },
  {
    id: 'psychosocial.social',
    domain: 'psychosocial',
    label: t(
      'Social behaviour and peers',
      'Соціальна поведінка і друзі',
      'Социальное поведение и сверстники',
      'Comportament social și colegi',
      'Сацыяльныя паводзіны і сябры',
    ),
    anchors: [
      t(
        'Isolated, or with peers who put them at risk',
        'Ізольована або з оточенням, що наражає на ризик',
        'Изолирован или с окружением, подвергающим риску',
        'Izolat sau cu anturaj care îl pune în pericol',
        'Ізаляванае або з асяроддзем, якое стварае рызыку',
      ),
      t(
        'Few friends, frequent conflicts',
        'Мало друзів, часті конфлікти',
        'Мало друзей, частые конфликты',
        'Puțini prieteni, conflicte dese',
        'Мала сяброў, частыя канфлікты',
      ),
      t(
        'Some friends, gets along mostly',
        'Має друзів, здебільшого ладнає з іншими',
        'Есть друзья, в основном ладит с другими',
        'Are câțiva prieteni, se înțelege în general',
        'Ёсць сябры, у асноўным ладзіць з іншымі',
      ),
      t(
        'Good friends, takes part in activities',
        'Добрі друзі, бере участь у заходах',
        'Хорошие друзья, участвует в занятиях',
        'Prieteni buni, participă la activități',
        'Добрыя сябры, удзельнічае ў занятках',
      ),
    ],
  },
  {
    id: 'psychosocial.support',
    domain: 'psychosocial',
    label: t(
      'Access to psychological support',
      'Доступ до психологічної підтримки',
      'Доступ к психологической поддержке',
      'Acces la sprijin psihologic',
      'Доступ да псіхалагічнай падтрымкі',
    ),
    anchors: [
      t(
        'Needed but not available',
        'Потрібна, але недоступна',
        'Нужна, но недоступна',
        'Necesar, dar indisponibil',
        'Патрэбна, але недаступна',
      ),
      t(
        'Irregular or waiting list',
        'Нерегулярна або в черзі',
        'Нерегулярно или в очереди',
        'Neregulat sau pe listă de așteptare',
        'Нерэгулярна або ў чарзе',
      ),
      t(
        'Regular support, some gaps',
        'Регулярна підтримка з прогалинами',
        'Регулярная поддержка с пробелами',
        'Sprijin regulat, cu unele lipsuri',
        'Рэгулярная падтрымка з прабеламі',
      ),
      t(
        'Regular support as needed, or no longer needed',
        'Регулярна підтримка за потреби або вже не потрібна',
        'Регулярная поддержка по потребности или больше не нужна',
        'Sprijin regulat după nevoie sau nu mai e necesar',
        'Рэгулярная падтрымка па патрэбе або ўжо не патрэбна',
      ),
    ],
  },
  // ——— Education and skills ———
  {
    id: 'education.enrolment',
    domain: 'education',
    label: t(
      'Enrolment and attendance',
      'Зарахування і відвідування',
      'Зачисление и посещаемость',
      'Înscriere și frecvență',
      'Залічэнне і наведванне',
    ),
    anchors: [
      t(
        'Not enrolled in school or training',
        'Не зарахована до школи чи навчання',
        'Не зачислен в школу или на обучение',
        'Neînscris la școală sau formare',
        'Не залічана ў школу ці на навучанне',
      ),
      t(
        'Enrolled but often absent',
        'Зарахована, але часто пропускає',
        'Зачислен, но часто пропускает',
        'Înscris, dar lipsește des',
        'Залічана, але часта прапускае',
      ),
      t(
        'Attends most days',
        'Відвідує більшість днів',
        'Посещает большинство дней',
        'Merge în majoritatea zilelor',
        'Наведвае большасць дзён',
      ),
      t(
        'Attends regularly',
        'Відвідує регулярно',
        'Посещает регулярно',
        'Merge regulat',
        'Наведвае рэгулярна',
      ),
    ],
  },
  {
    id: 'education.performance',
    domain: 'education',
    label: t(
      'Performance or vocational training',
      'Успішність або професійне навчання',
      'Успеваемость или профессиональное обучение',
      'Rezultate sau formare profesională',
      'Паспяховасць або прафесійнае навучанне',
    ),
    anchors: [
      t(
        'Failing or unable to follow',
        'Не встигає або не може навчатися',
        'Не успевает или не может учиться',
        'Nu face față sau nu poate urma',
        'Не паспявае або не можа вучыцца',
      ),
      t(
        'Struggling, needs extra help',
        'Має труднощі, потребує додаткової допомоги',
        'Испытывает трудности, нужна дополнительная помощь',
        'Întâmpină greutăți, are nevoie de ajutor',
        'Мае цяжкасці, патрабуе дадатковай дапамогі',
      ),
      t(
        'Progressing at an acceptable level',
        'Просувається на прийнятному рівні',
        'Продвигается на приемлемом уровне',
        'Progresează la un nivel acceptabil',
        'Прасоўваецца на прымальным узроўні',
      ),
      t(
        'Doing well, has plans for the future',
        'Навчається добре, має плани на майбутнє',
        'Учится хорошо, есть планы на будущее',
        'Merge bine, are planuri de viitor',
        'Вучыцца добра, мае планы на будучыню',
      ),
    ],
  },
  // ——— Legal status and documents ———
  {
    id: 'legal.documents',
    domain: 'legal',
    label: t(
      'Identity documents and status',
      'Документи, що посвідчують особу, і статус',
      'Документы, удостоверяющие личность, и статус',
      'Acte de identitate și statut',
      'Дакументы, якія сведчаць асобу, і статус',
    ),
    anchors: [
      t(
        'No documents, status unresolved',
        'Документів немає, статус не визначено',
        'Документов нет, статус не определён',
        'Fără acte, statut nerezolvat',
        'Дакументаў няма, статус не вызначаны',
      ),
      t('Applications started', 'Подано заяви', 'Поданы заявления', 'Cereri depuse', 'Пададзены заявы'),
      t(
        'Most documents held, some pending',
        'Більшість документів є, деякі очікуються',
        'Большинство документов есть, некоторые ожидаются',
        'Majoritatea actelor obținute, unele în curs',
        'Большасць дакументаў ёсць, некаторыя чакаюцца',
      ),
      t(
        'All documents and status in order',
        'Усі документи і статус у порядку',
        'Все документы и статус в порядке',
        'Toate actele și statutul în regulă',
        'Усе дакументы і статус у парадку',
      ),
    ],
  },
  {
    id: 'legal.proceedings',
    domain: 'legal',
    label: t(
      'Proceedings, child-friendly participation, compensation',
      'Провадження, дружня до дитини участь, компенсація',
      'Производство, дружественное к ребёнку участие, компенсация',
      'Proceduri, participare prietenoasă copilului, despăgubire',
      'Вытворчасць, прыязны да дзіцяці ўдзел, кампенсацыя',
    ),
    anchors: [
      t(
        'Harmed by the process (repeated interviews, confrontation), no legal aid',
        'Процес шкодить (повторні допити, очні ставки), правової допомоги немає',
        'Процесс вредит (повторные допросы, очные ставки), юридической помощи нет',
        'Afectat de proces (audieri repetate, confruntare), fără asistență juridică',
        'Працэс шкодзіць (паўторныя допыты, вочныя стаўкі), прававой дапамогі няма',
      ),
      t(
        'Legal aid limited, child poorly informed',
        'Правова допомога обмежена, дитину погано поінформовано',
        'Юридическая помощь ограничена, ребёнок плохо информирован',
        'Asistență juridică limitată, copil slab informat',
        'Прававая дапамога абмежаваная, дзіця дрэнна праінфармавана',
      ),
      t(
        'Legal aid in place, child informed and protected',
        'Є правова допомога, дитину поінформовано й захищено',
        'Есть юридическая помощь, ребёнок информирован и защищён',
        'Asistență juridică asigurată, copil informat și protejat',
        'Ёсць прававая дапамога, дзіця праінфармавана і абаронена',
      ),
      t(
        'Child-friendly process, compensation claimed or no proceedings needed',
        'Дружній до дитини процес, компенсацію заявлено або провадження не потрібне',
        'Дружественный к ребёнку процесс, компенсация заявлена или производство не нужно',
        'Proces prietenos copilului, despăgubire cerută sau nu sunt necesare proceduri',
        'Прыязны да дзіцяці працэс, кампенсацыя заяўлена або вытворчасць не патрэбна',
      ),
    ],
  },
  // ——— Economic and material ———
  {
    id: 'economic.income-food',
    domain: 'economic',
    label: t(
      'Household income and food security',
      'Дохід родини і продовольча безпека',
      'Доход семьи и продовольственная безопасность',
      'Venitul gospodăriei și securitatea alimentară',
      'Даход сям’і і харчовая бяспека',
    ),
    anchors: [
      t(
        'No income; the child goes hungry',
        'Доходу немає; дитина голодує',
        'Дохода нет; ребёнок голодает',
        'Fără venit; copilul suferă de foame',
        'Даходу няма; дзіця галадае',
      ),
      t(
        'Irregular income, meals sometimes skipped',
        'Нерегулярний дохід, іноді без їжі',
        'Нерегулярный доход, иногда без еды',
        'Venit neregulat, uneori fără masă',
        'Нерэгулярны даход, часам без ежы',
      ),
      t(
        'Basic needs met with support',
        'Базові потреби задоволено з допомогою',
        'Базовые потребности удовлетворены с помощью',
        'Nevoi de bază acoperite cu sprijin',
        'Базавыя патрэбы задаволены з дапамогай',
      ),
      t(
        'Stable income, enough food',
        'Стабільний дохід, достатньо їжі',
        'Стабильный доход, достаточно еды',
        'Venit stabil, hrană suficientă',
        'Стабільны даход, дастаткова ежы',
      ),
    ],
  },
  {
    id: 'economic.housing',
    domain: 'economic',
    label: t(
      'Housing adequacy',
      'Належність житла',
      'Пригодность жилья',
      'Locuință adecvată',
      'Прыдатнасць жылля',
    ),
    anchors: [
      t(
        'Homeless or unsafe housing',
        'Без житла або житло небезпечне',
        'Без жилья или жильё опасно',
        'Fără adăpost sau locuință nesigură',
        'Без жылля або жыллё небяспечнае',
      ),
      t(
        'Overcrowded or poor conditions',
        'Переповнене або в поганому стані',
        'Перенаселённое или в плохом состоянии',
        'Supraaglomerată sau în stare proastă',
        'Перанаселенае або ў дрэнным стане',
      ),
      t(
        'Adequate with minor problems',
        'Належне з незначними проблемами',
        'Пригодное с незначительными проблемами',
        'Adecvată, cu probleme minore',
        'Прыдатнае з нязначнымі праблемамі',
      ),
      t(
        'Safe, adequate, the child has own space',
        'Безпечне, належне, дитина має свій простір',
        'Безопасное, пригодное, у ребёнка своё место',
        'Sigură, adecvată, copilul are spațiul său',
        'Бяспечнае, прыдатнае, у дзіцяці свая прастора',
      ),
    ],
  },
];

export const ITEM_IDS = ASSESSMENT_ITEMS.map((item) => item.id);
export const ITEMS_BY_ID: ReadonlyMap<string, AssessmentItem> = new Map(
  ASSESSMENT_ITEMS.map((item) => [item.id, item]),
);

export function itemsOfDomain(domain: MonitoringDomain): AssessmentItem[] {
  return ASSESSMENT_ITEMS.filter((item) => item.domain === domain);
}

/** Where the assessor learned what a score rests on. */
export const EVIDENCE_SOURCES = [
  'observation',
  'child-interview',
  'caregiver',
  'school',
  'health-record',
  'document',
  'other',
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** Re-trafficking risk level recorded at every visit. */
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Where the child lives after reunification or placement (what the schedule starts from). */
export const PLACEMENT_TYPES = [
  'family-reunification',
  'kinship-care',
  'foster-care',
  'residential-care',
  'supervised-independent-living',
  'other',
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];
