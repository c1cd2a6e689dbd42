// Synthetic agencies for the demo of each country: realistic in kind and place, invented in name.
// `unit` is a region code; the seed resolves "first district of" where a district is wanted.

export type DemoAgency = { key: string; name: string; kind: string; unit: string; district?: boolean };

export const DEMO_AGENCIES: Record<'UA' | 'MD' | 'BY', DemoAgency[]> = {
  UA: [
    {
      key: 'css',
      name: 'Київський міський центр соціальних служб (демо)',
      kind: 'centre-social-services',
      unit: 'UA-30',
    },
    {
      key: 'sca',
      name: 'Служба у справах дітей району (демо)',
      kind: 'service-childrens-affairs',
      unit: 'UA-30',
      district: true,
    },
    {
      key: 'juvenile',
      name: 'Ювенальна превенція, Київ (демо)',
      kind: 'juvenile-police',
      unit: 'UA-30',
      district: true,
    },
    {
      key: 'ctp',
      name: 'Департамент протидії торгівлі людьми (демо)',
      kind: 'counter-trafficking-police',
      unit: 'UA',
    },
    { key: 'prosecutor', name: 'Київська міська прокуратура (демо)', kind: 'prosecutor', unit: 'UA-30' },
    { key: 'shelter', name: 'Притулок «Тиха гавань» (демо)', kind: 'shelter', unit: 'UA-30' },
    { key: 'ngo', name: 'ГО «Світло для дітей» (демо)', kind: 'ngo', unit: 'UA-30' },
    { key: 'iom', name: 'МОМ, представництво в Україні (демо)', kind: 'iom', unit: 'UA' },
    {
      key: 'mdt',
      name: 'Мультидисциплінарна команда громади (демо)',
      kind: 'multidisciplinary-team',
      unit: 'UA-51',
      district: true,
    },
    {
      key: 'coordinator',
      name: 'Національний координатор протидії торгівлі людьми (демо)',
      kind: 'national-coordinator',
      unit: 'UA',
    },
  ],
  MD: [
    {
      key: 'css',
      name: 'Direcția asistență socială și protecție a familiei Chișinău (demo)',
      kind: 'centre-social-services',
      unit: 'MD-CU',
    },
    {
      key: 'sca',
      name: 'Direcția pentru protecția drepturilor copilului (demo)',
      kind: 'service-childrens-affairs',
      unit: 'MD-CU',
    },
    {
      key: 'juvenile',
      name: 'Inspectoratul de poliție, secția minori (demo)',
      kind: 'juvenile-police',
      unit: 'MD-CU',
    },
    {
      key: 'ctp',
      name: 'Centrul pentru combaterea traficului de persoane (demo)',
      kind: 'counter-trafficking-police',
      unit: 'MD',
    },
    { key: 'prosecutor', name: 'Procuratura mun. Chișinău (demo)', kind: 'prosecutor', unit: 'MD-CU' },
    { key: 'shelter', name: 'Centrul de plasament «Casa Speranței» (demo)', kind: 'shelter', unit: 'MD-CU' },
    { key: 'ngo', name: 'AO «Lumină pentru copii» (demo)', kind: 'ngo', unit: 'MD-CU' },
    { key: 'iom', name: 'OIM Moldova (demo)', kind: 'iom', unit: 'MD' },
    {
      key: 'mdt',
      name: 'Echipa multidisciplinară teritorială Orhei (demo)',
      kind: 'multidisciplinary-team',
      unit: 'MD-OR',
    },
    {
      key: 'coordinator',
      name: 'Secretariatul permanent al Comitetului național (demo)',
      kind: 'national-coordinator',
      unit: 'MD',
    },
  ],
  BY: [
    {
      key: 'css',
      name: 'Территориальный центр социального обслуживания населения (демо)',
      kind: 'centre-social-services',
      unit: 'BY-HM',
    },
    {
      key: 'sca',
      name: 'Отдел образования, опека и попечительство (демо)',
      kind: 'service-childrens-affairs',
      unit: 'BY-HM',
      district: true,
    },
    {
      key: 'juvenile',
      name: 'Инспекция по делам несовершеннолетних (демо)',
      kind: 'juvenile-police',
      unit: 'BY-HM',
      district: true,
    },
    {
      key: 'ctp',
      name: 'Управление по противодействию торговле людьми МВД (демо)',
      kind: 'counter-trafficking-police',
      unit: 'BY',
    },
    { key: 'prosecutor', name: 'Прокуратура г. Минска (демо)', kind: 'prosecutor', unit: 'BY-HM' },
    { key: 'shelter', name: 'Социальный приют для детей (демо)', kind: 'shelter', unit: 'BY-HM' },
    { key: 'ngo', name: 'ОО «Свет для детей» (демо)', kind: 'ngo', unit: 'BY-HM' },
    { key: 'iom', name: 'Бюро МОМ в Беларуси (демо)', kind: 'iom', unit: 'BY' },
    {
      key: 'mdt',
      name: 'Межведомственная группа Брестского района (демо)',
      kind: 'multidisciplinary-team',
      unit: 'BY-BR',
      district: true,
    },
    {
      key: 'coordinator',
      name: 'Национальный координатор, МВД (демо)',
      kind: 'national-coordinator',
      unit: 'BY',
    },
  ],
};

/** One account per role. Scope follows the work: a case worker sees assigned cases, a coordinator the country. */
export const DEMO_ACCOUNTS = [
  {
    username: 'demo-caseworker',
    displayName: 'Demo Case Worker',
    role: 'caseworker',
    scope: 'own',
    agency: 'css',
  },
  {
    username: 'demo-supervisor',
    displayName: 'Demo Supervisor',
    role: 'supervisor',
    scope: 'agency',
    agency: 'css',
  },
  {
    username: 'demo-police',
    displayName: 'Demo Police Investigator',
    role: 'police',
    scope: 'district',
    agency: 'juvenile',
  },
  {
    username: 'demo-provider',
    displayName: 'Demo Service Provider',
    role: 'provider',
    scope: 'agency',
    agency: 'shelter',
  },
  {
    username: 'demo-localcoord',
    displayName: 'Demo Local Coordinator',
    role: 'localcoord',
    scope: 'district',
    agency: 'mdt',
  },
  {
    username: 'demo-coordinator',
    displayName: 'Demo National Coordinator',
    role: 'coordinator',
    scope: 'country',
    agency: 'coordinator',
  },
  {
    username: 'demo-analyst',
    displayName: 'Demo Analyst',
    role: 'analyst',
    scope: 'country',
    agency: 'coordinator',
  },
  {
    username: 'demo-admin',
    displayName: 'Demo Administrator',
    role: 'admin',
    scope: 'country',
    agency: 'coordinator',
  },
] as const;
