import type { NewCase } from '../../cases/cases.schemas.ts';
import {
  FEMALE_GIVEN,
  feminineSurname,
  GAGAUZ_SURNAMES,
  type GivenName,
  isFamous,
  MALE_GIVEN,
  MD_FEMALE_GIVEN,
  MD_MALE_GIVEN,
  MD_SLAVIC_SURNAMES,
  MD_SURNAMES,
  PATRONYMICS,
  UA_SURNAMES,
  BY_SURNAMES,
  ZAKARPATTIA_SURNAMES,
} from './names.ts';
import { placePicker, regionOfUnit } from './places.ts';
import { type Random, seededRandom } from './prng.ts';
import { romanise, withCedillas, withoutDiacritics } from './translit.ts';

// The pure half of the demo: who the children are and how far each case has gone. Nothing here touches
// the database, so the plan can be tested and is the same on every run for the same seed and date.

export type DemoCountry = 'UA' | 'MD' | 'BY';
type PersonName = NewCase['sensitive']['names'][number];

/** How far the case goes through the lifecycle (src/domain/lifecycle). */
export const STAGE_PATHS = [
  'screening',
  'presumed',
  'identified',
  'assistance',
  'monitoring',
  'closed',
  'closure-pending',
  'not-a-victim',
  'reopened',
] as const;
export type StagePath = (typeof STAGE_PATHS)[number];

/** Shares of the demo per path, in percent. */
const PATH_SHARES: Record<StagePath, number> = {
  screening: 10,
  presumed: 12,
  identified: 7,
  assistance: 24,
  monitoring: 14,
  closed: 16,
  'closure-pending': 3,
  'not-a-victim': 9,
  reopened: 5,
};

/** Who opens the case: the case worker of the city centre, the juvenile police, or the local team. */
export type Opener = 'caseworker' | 'police' | 'localcoord';

export type ExploitationPlan = {
  types: string[];
  recruitment: string;
  app: string | null;
  relationship: 'Familial' | 'Acquainted' | 'Unacquainted';
  destination: string;
  control: string[];
};

export type ChildPlan = {
  /** 0-based position in the plan. */
  index: number;
  names: PersonName[];
  birthDate: NewCase['sensitive']['birthDate'];
  documents: NewCase['sensitive']['documents'];
  identity: NewCase['identity'];
  /** Script of the name as the child writes it. */
  script: 'Cyrillic' | 'Latin';
  path: StagePath;
  opener: Opener;
  /** For a deliberate near-duplicate: the index of the child registered first. */
  duplicateOf: number | null;
  /** The name in Russian Cyrillic (for near-duplicates written from it). */
  russianForm: [string, string];
  exploitation: ExploitationPlan;
};

export type PlanOptions = {
  count: number;
  seed?: string;
  /** The day ages are counted from (YYYY-MM-DD); today by default. */
  today?: string;
  /** Unit codes of the demo police and local team, so their accounts see children too. */
  policeUnit?: string | null;
  localTeamUnit?: string | null;
};

/** Children of the police or the local team's own district are opened by them, some of the time. */
function openerFor(random: Random, unitCode: string, options: PlanOptions): Opener {
  if (options.localTeamUnit && isInside(unitCode, options.localTeamUnit)) return 'localcoord';
  if (options.policeUnit && isInside(unitCode, options.policeUnit) && random.chance(0.6)) return 'police';
  return 'caseworker';
}

function isInside(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(`${ancestor}-`);
}

/** Exactly-proportioned paths (largest remainder), every path at least once when count allows, shuffled. */
function pathsFor(random: Random, count: number): StagePath[] {
  const raw = STAGE_PATHS.map((path) => ({ path, exact: (PATH_SHARES[path] * count) / 100 }));
  const counts = raw.map((r) => ({ path: r.path, n: Math.floor(r.exact), rest: r.exact % 1 }));
  if (count >= STAGE_PATHS.length) for (const c of counts) if (c.n === 0) c.n = 1;
  let missing = count - counts.reduce((s, c) => s + c.n, 0);
  for (const c of [...counts].sort((a, b) => b.rest - a.rest)) {
    if (missing <= 0) break;
    c.n += 1;
    missing -= 1;
  }
  while (missing < 0) {
    const biggest = counts.reduce((a, b) => (b.n > a.n ? b : a));
    biggest.n -= 1;
    missing += 1;
  }
  return random.shuffle(counts.flatMap((c) => Array<StagePath>(c.n).fill(c.path)));
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/** Ages mostly 9–17, some younger; an exact date for most, an estimated range or nothing for some. */
function birthFor(random: Random, today: string) {
  const age = random.weighted<number>([
    [3, 1],
    [4, 1],
    [5, 1.5],
    [6, 2],
    [7, 2.5],
    [8, 3],
    [9, 5],
    [10, 6],
    [11, 7],
    [12, 8],
    [13, 10],
    [14, 11],
    [15, 12],
    [16, 12],
    [17, 9],
  ]);
  const exact = addDays(today, -(age * 365 + random.int(15, 350)));
  const kind = random.weighted<'exact' | 'estimated' | 'unknown'>([
    ['exact', 82],
    ['estimated', 12],
    ['unknown', 6],
  ]);
  if (kind === 'exact') return { birthDate: { kind: 'exact' as const, date: exact }, age, kind };
  if (kind === 'unknown') return { birthDate: { kind: 'unknown' as const }, age, kind };
  // An age assessment gives a range of one to three years around the apparent age.
  const year = Number(exact.slice(0, 4));
  const from = `${year - random.int(0, 1)}-01-01`;
  const to = `${Math.min(year + random.int(0, 1), Number(today.slice(0, 4)) - 1)}-12-31`;
  return { birthDate: { kind: 'estimated' as const, from, to: to > today ? today : to }, age, kind };
}

type Gender = NewCase['identity']['gender'];

function genderFor(random: Random): Gender {
  return random.weighted<Gender>([
    ['Feminine', 55],
    ['Masculine', 43],
    ['NonSpecifiedUnknown', 2],
  ]);
}

function given(random: Random, gender: Gender): GivenName {
  if (gender === 'Feminine') return random.pick(FEMALE_GIVEN);
  if (gender === 'Masculine') return random.pick(MALE_GIVEN);
  return random.pick(random.chance(0.5) ? FEMALE_GIVEN : MALE_GIVEN);
}

function isFemale(gender: Gender, name: GivenName) {
  return gender === 'Feminine' || (gender !== 'Masculine' && FEMALE_GIVEN.includes(name));
}

type Names = {
  names: PersonName[];
  script: 'Cyrillic' | 'Latin';
  display: [string, string];
  /** The name in Russian Cyrillic, as a foreign or older record may have it. */
  russian: [string, string];
};

function ukrainianChild(random: Random, gender: Gender, unitCode: string): Names {
  const name = given(random, gender);
  const female = isFemale(gender, name);
  const [ukFamily, ruFamily] =
    unitCode.startsWith('UA-21') && random.chance(0.25)
      ? random.pick(ZAKARPATTIA_SURNAMES)
      : random.pick(UA_SURNAMES);
  const family = female ? feminineSurname(ukFamily, 'uk') : ukFamily;
  const patronymic = random.pick(PATRONYMICS)[female ? 1 : 0];
  const names: PersonName[] = [
    { given: name[0], family, ...(random.chance(0.8) ? { patronymic } : {}), kind: 'original' },
  ];
  if (random.chance(0.55))
    names.push({ given: romanise('ua2010', name[0]), family: romanise('ua2010', family), kind: 'latin' });
  if (random.chance(0.2) && name[4]) names.push({ given: name[4], family: '', kind: 'alias' });
  else if (random.chance(0.12)) {
    // Known by the Russian form of the name in a Russian-speaking family or place.
    const ruFam = female ? feminineSurname(ruFamily, 'ru') : ruFamily;
    names.push({ given: name[1], family: ruFam, kind: 'alias' });
  }
  const ruFamily2 = female ? feminineSurname(ruFamily, 'ru') : ruFamily;
  return { names, script: 'Cyrillic', display: [name[0], family], russian: [name[1], ruFamily2] };
}

function belarusianChild(random: Random, gender: Gender): Names {
  const name = given(random, gender);
  const female = isFemale(gender, name);
  const [beFamily, ruFamily] = random.pick(BY_SURNAMES);
  const beFam = female ? feminineSurname(beFamily, 'be') : beFamily;
  const ruFam = female ? feminineSurname(ruFamily, 'ru') : ruFamily;
  const patronymics = random.pick(PATRONYMICS);
  // Most Belarusian records are in Russian; some in Belarusian. Passports write Latin from Belarusian.
  const russian = random.chance(0.6);
  const names: PersonName[] = [
    russian
      ? { given: name[1], family: ruFam, patronymic: patronymics[female ? 3 : 2], kind: 'original' }
      : { given: name[2], family: beFam, patronymic: patronymics[female ? 5 : 4], kind: 'original' },
  ];
  if (random.chance(0.5))
    names.push({
      given: romanise('byPassport', name[2]),
      family: romanise('byPassport', beFam),
      kind: 'latin',
    });
  if (random.chance(0.15) && name[4]) {
    // The short form as friends say it, in Russian.
    const short = name[4].replace('і', 'и').replace('Діма', 'Дима').replace('Льоша', 'Лёша');
    names.push({ given: short, family: '', kind: 'alias' });
  }
  return {
    names,
    script: 'Cyrillic',
    display: russian ? [name[1], ruFam] : [name[2], beFam],
    russian: [name[1], ruFam],
  };
}

function moldovanChild(random: Random, gender: Gender, unitCode: string): Names {
  const female = gender === 'Feminine' || (gender === 'NonSpecifiedUnknown' && random.chance(0.5));
  const slavicShare = unitCode.startsWith('MD-BA') ? 0.6 : unitCode.startsWith('MD-GA') ? 0.9 : 0.2;
  if (random.chance(slavicShare)) {
    // Russian- or Ukrainian-speaking family, or Gagauz: Cyrillic at home, Moldovan Latin in documents.
    const name = given(random, female ? 'Feminine' : 'Masculine');
    let cyrFamily: string;
    let latinFamily: string;
    if (unitCode.startsWith('MD-GA')) {
      const [cyr, latin] = random.pick(GAGAUZ_SURNAMES);
      cyrFamily = cyr;
      latinFamily = latin;
    } else {
      const base = random.pick(MD_SLAVIC_SURNAMES);
      cyrFamily = female ? feminineSurname(base, 'ru') : base;
      latinFamily = romanise('moldovan', cyrFamily);
    }
    const patronymic = random.pick(PATRONYMICS)[female ? 3 : 2];
    const names: PersonName[] = [
      { given: name[1], family: cyrFamily, ...(random.chance(0.5) ? { patronymic } : {}), kind: 'original' },
      { given: romanise('moldovan', name[1]), family: latinFamily, kind: 'latin' },
    ];
    if (random.chance(0.15) && name[4])
      names.push({ given: name[4].replace('і', 'и'), family: '', kind: 'alias' });
    return { names, script: 'Cyrillic', display: [name[1], cyrFamily], russian: [name[1], cyrFamily] };
  }
  const [ro, cyr] = random.pick(female ? MD_FEMALE_GIVEN : MD_MALE_GIVEN);
  const [roFamily, cyrFamily] = random.pick(MD_SURNAMES);
  const names: PersonName[] = [{ given: ro, family: roFamily, kind: 'original' }];
  const variant = `${ro} ${roFamily}`;
  if (random.chance(0.3)) {
    // The same name as a foreign border record or an old database wrote it.
    const plain = random.chance(0.5) ? withoutDiacritics(variant) : withCedillas(variant);
    if (plain !== variant) {
      const [g, ...f] = plain.split(' ');
      names.push({ given: g!, family: f.join(' '), kind: 'latin' });
    }
  }
  if (random.chance(0.12)) names.push({ given: cyr, family: cyrFamily, kind: 'alias' });
  return { names, script: 'Latin', display: [ro, roFamily], russian: [cyr, cyrFamily] };
}

function namesFor(country: DemoCountry, random: Random, gender: Gender, unitCode: string): Names {
  if (country === 'UA') return ukrainianChild(random, gender, unitCode);
  if (country === 'BY') return belarusianChild(random, gender);
  return moldovanChild(random, gender, unitCode);
}

function languagesFor(country: DemoCountry, random: Random, unitCode: string, names: Names): string[] {
  if (country === 'UA') {
    if (unitCode.startsWith('UA-21') && random.chance(0.2)) return ['hun', 'ukr'];
    if (unitCode.startsWith('UA-21') && random.chance(0.1)) return ['rom', 'ukr'];
    if (unitCode.startsWith('UA-51-izmail') && random.chance(0.3)) return ['bul', 'ukr'];
    if ((unitCode.startsWith('UA-63') || unitCode.startsWith('UA-51')) && random.chance(0.4))
      return ['ukr', 'rus'];
    return random.chance(0.15) ? ['ukr', 'rus'] : ['ukr'];
  }
  if (country === 'BY') return random.chance(0.7) ? ['rus', 'bel'] : ['rus'];
  if (unitCode.startsWith('MD-GA')) return ['gag', 'rus'];
  return names.script === 'Cyrillic' ? ['rus', 'ron'] : random.chance(0.3) ? ['ron', 'rus'] : ['ron'];
}

const DOCUMENT_PREFIX: Record<DemoCountry, { passport: () => string; birth: () => string }> = {
  UA: { passport: () => 'FT', birth: () => 'І-ЖС' },
  MD: { passport: () => 'AB', birth: () => 'NB' },
  BY: { passport: () => 'MP', birth: () => 'I-БР' },
};

function documentsFor(country: DemoCountry, random: Random, age: number): NewCase['sensitive']['documents'] {
  if (!random.chance(0.45)) return [];
  const digits = (n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');
  if (age >= 14 && random.chance(0.5))
    return [
      {
        type: 'passport',
        number: `${DOCUMENT_PREFIX[country].passport()}${digits(6)}`,
        issuingCountry: country,
      },
    ];
  return [
    {
      type: 'birth-certificate',
      number: `${DOCUMENT_PREFIX[country].birth()} ${digits(6)}`,
      issuingCountry: country,
    },
  ];
}

const DESTINATIONS: Record<DemoCountry, ReadonlyArray<readonly [string, number]>> = {
  UA: [
    ['UA', 40],
    ['PL', 18],
    ['DE', 12],
    ['RU', 10],
    ['TR', 8],
    ['AE', 5],
    ['CZ', 4],
    ['MD', 3],
  ],
  MD: [
    ['MD', 35],
    ['RU', 15],
    ['TR', 15],
    ['DE', 10],
    ['AE', 8],
    ['IT', 7],
    ['RO', 5],
    ['PL', 5],
  ],
  BY: [
    ['BY', 45],
    ['RU', 25],
    ['PL', 12],
    ['DE', 8],
    ['TR', 5],
    ['AE', 5],
  ],
};

function exploitationFor(
  country: DemoCountry,
  random: Random,
  age: number,
  gender: Gender,
): ExploitationPlan {
  const female = gender === 'Feminine';
  const type = random.weighted<string>([
    ['SexualExploitation', female ? 34 : 10],
    ['ForcedLabour', 20],
    ['ForcedBegging', age < 12 ? 30 : 8],
    ['ForcedCriminality', age >= 12 ? 16 : 4],
    ['ForcedMilitaryByNonStateActors', country === 'UA' && age >= 14 && !female ? 10 : 0],
    ['ChildLabour', 8],
    ['ForcedMarriage', female && age >= 14 ? 4 : 0],
  ]);
  const recruitment = random.weighted<string>([
    ['ThroughOnlineSocialNetworks', age >= 12 ? 35 : 5],
    ['ThroughFriendsOrSocialEvents', 25],
    ['ThroughFamilyOrFamilyEvents', age < 12 ? 40 : 15],
    ['ThroughAnOnlineAdvertisement', age >= 14 ? 10 : 0],
    ['AtAnEducationalInstitution', 6],
    ['Other', 4],
  ]);
  const online =
    recruitment === 'ThroughOnlineSocialNetworks' || recruitment === 'ThroughAnOnlineAdvertisement';
  const app = online
    ? random.weighted<string>([
        ['Telegram', 35],
        ['Instagram', 25],
        ['TikTok', 15],
        ['Viber', 10],
        ['Facebook', 8],
        ['WhatsApp', 7],
      ])
    : null;
  const relationship =
    recruitment === 'ThroughFamilyOrFamilyEvents'
      ? 'Familial'
      : recruitment === 'ThroughFriendsOrSocialEvents' || recruitment === 'AtAnEducationalInstitution'
        ? 'Acquainted'
        : random.chance(0.6)
          ? 'Unacquainted'
          : 'Acquainted';
  const control = random
    .shuffle([
      'FalsePromises',
      'PsychologicalAbuse',
      'TakesEarnings',
      'WithholdsDocuments',
      'RestrictsMovement',
      'PhysicalThreats',
      'DebtBondage',
      'ThreatensChildrenFamily',
    ])
    .slice(0, random.int(1, 3));
  return {
    types: [type],
    recruitment,
    app,
    relationship,
    destination: random.weighted(DESTINATIONS[country]),
    control,
  };
}

/** A second registration of the same child: another script or transliteration, often another office. */
function nearDuplicateNames(country: DemoCountry, first: ChildPlan, random: Random): PersonName[] {
  const original = first.names[0]!;
  const [ruGiven, ruFamily] = first.russianForm;
  if (country === 'MD' && first.script === 'Latin') {
    // Written by a Russian-speaking officer in Cyrillic, or typed without diacritics.
    const plain = withoutDiacritics(`${original.given} ${original.family}`);
    if (plain !== `${original.given} ${original.family}` && random.chance(0.5)) {
      return [
        {
          given: withoutDiacritics(original.given),
          family: withoutDiacritics(original.family),
          kind: 'original',
        },
      ];
    }
    return [{ given: ruGiven, family: ruFamily, kind: 'original' }];
  }
  // A foreign border or police record: the Russian form in a Russian passport system, no patronymic.
  const sameInRussian = ruGiven === original.given && ruFamily === original.family;
  if (!sameInRussian && random.chance(0.3)) return [{ given: ruGiven, family: ruFamily, kind: 'original' }];
  const system = random.chance(0.5) ? 'icao2013' : 'ruOldPassport';
  return [{ given: romanise(system, ruGiven), family: romanise(system, ruFamily), kind: 'latin' }];
}

export function planDemoChildren(country: DemoCountry, options: PlanOptions): ChildPlan[] {
  const random = seededRandom(options.seed ?? `haven-demo-children-${country}`);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const favoured = [options.policeUnit, options.localTeamUnit].filter((u): u is string => Boolean(u));
  const pickPlace = placePicker(country, favoured);
  const duplicates = options.count >= 20 ? Math.max(1, Math.round(options.count / 50)) : 0;
  const firstCount = options.count - duplicates;
  const paths = pathsFor(random, firstCount);
  const seen = new Set<string>();
  const plans: ChildPlan[] = [];
  for (let index = 0; index < firstCount; index++) {
    const gender = genderFor(random);
    const unitCode = pickPlace(random);
    const birth = birthFor(random, today);
    let names = namesFor(country, random, gender, unitCode);
    // Never a public figure, and never the same name twice with the same birth.
    const birthKey = JSON.stringify(birth.birthDate);
    while (isFamous(...names.display) || seen.has(`${names.display.join(' ')}|${birthKey}`)) {
      names = namesFor(country, random, gender, unitCode);
    }
    seen.add(`${names.display.join(' ')}|${birthKey}`);
    const unaccompanied = random.chance(birth.age >= 12 ? 0.25 : 0.1);
    const identity: NewCase['identity'] = {
      gender,
      // No presumedMinor: the server presumes a child from the birth date (CETS 197 Art. 10(3)).
      citizenships:
        country === 'UA' && unitCode.startsWith('UA-51') && random.chance(0.08)
          ? ['UA', 'MD']
          : random.chance(0.02)
            ? []
            : [country],
      stateless: false,
      languages: languagesFor(country, random, unitCode, names),
      unitCode,
      unaccompanied,
    };
    if (identity.citizenships.length === 0) identity.stateless = true;
    if (birth.kind !== 'exact') {
      identity.ageAssessment = {
        date: addDays(today, -random.int(5, 200)),
        method: random.pick(['interview', 'psychosocial', 'documents'] as const),
        conclusion: ASSESSMENT_CONCLUSION[country],
        assessedBy: ASSESSOR[country],
      };
    }
    if (random.chance(0.04)) identity.disability = DISABILITY[country];
    plans.push({
      index,
      names: names.names,
      birthDate: birth.birthDate,
      documents: documentsFor(country, random, birth.age),
      identity,
      script: names.script,
      path: paths[index]!,
      opener: openerFor(random, unitCode, options),
      duplicateOf: null,
      russianForm: names.russian,
      exploitation: exploitationFor(country, random, birth.age, gender),
    });
  }
  // Deliberate near-duplicates: a child with an exact birth date registered again elsewhere, still screening.
  const candidates = plans.filter((p) => p.birthDate.kind === 'exact' && p.path !== 'screening');
  for (let d = 0; d < duplicates; d++) {
    const first = candidates[(d * 7) % Math.max(1, candidates.length)] ?? plans[d]!;
    const unitCode = pickPlace(random);
    plans.push({
      ...first,
      index: plans.length,
      names: nearDuplicateNames(country, first, random),
      documents: first.documents.slice(0, random.chance(0.5) ? 1 : 0),
      identity: { ...first.identity, unitCode, unaccompanied: true },
      path: 'screening',
      opener: openerFor(random, unitCode, options),
      duplicateOf: first.index,
    });
  }
  return plans;
}

export { regionOfUnit };

const ASSESSMENT_CONCLUSION: Record<DemoCountry, string> = {
  UA: 'Документів немає; за розмовою та психосоціальною оцінкою дитині 13–15 років. Діє презумпція неповноліття.',
  MD: 'Fără acte; după interviu și evaluarea psihosocială, copilul are 13–15 ani. Se aplică prezumția minorității.',
  BY: 'Документов нет; по беседе и психосоциальной оценке ребёнку 13–15 лет. Применяется презумпция несовершеннолетия.',
};

const ASSESSOR: Record<DemoCountry, string> = {
  UA: 'Психолог центру соціальних служб',
  MD: 'Psihologul echipei multidisciplinare',
  BY: 'Психолог социального приюта',
};

const DISABILITY: Record<DemoCountry, string> = {
  UA: 'Порушення слуху; потрібен перекладач жестової мови',
  MD: 'Deficiență de auz; are nevoie de interpret în limbajul semnelor',
  BY: 'Нарушение слуха; нужен переводчик жестового языка',
};
