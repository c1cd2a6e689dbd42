// Trafficking history (HTCDS historic events), screenings (ILO/EC child indicators) and the child's
// trafficking status with its recovery and reflection period and non-punishment flag.
export const historyScreeningStatus = `
create table trafficking_events (
  id uuid primary key,
  case_id uuid not null references cases(id),
  type text not null check (type in ('Recruitment', 'Transit', 'Exploitation')),
  -- Partial dates (YYYY, YYYY-MM or YYYY-MM-DD): children rarely know the exact day.
  date_from text not null,
  date_to text,
  country text not null,
  region_code text,
  -- Free text naming a place (a street, a flat, a farm): encrypted like identity.
  place text,
  recruitment_methods text[] not null default '{}',
  apps text[] not null default '{}',
  relationship_to_trafficker text,
  exploitation_types text[] not null default '{}',
  labour_industry text,
  sex_exploitation_type text,
  control_methods text[] not null default '{}',
  duration_days integer,
  created_by uuid references users(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index trafficking_events_case on trafficking_events (case_id, date_from);
create index cases_exploitation_types on cases using gin (exploitation_types);

-- A screening is kept as it was scored: answers and results are sealed together with the version of
-- the indicator set that scored them, so a later indicator set never rewrites an old suggestion.
create table screenings (
  id uuid primary key,
  case_id uuid not null references cases(id),
  list text not null check (list in ('labour', 'sexual')),
  indicator_set_version text not null,
  answers text not null,
  result text not null,
  suggestion text not null,
  screened_by uuid references users(id),
  screened_at timestamptz not null default now()
);
create index screenings_case on screenings (case_id, screened_at);

-- The current trafficking status of a case; its decisions are kept in status_decisions.
create table case_status (
  case_id uuid primary key references cases(id),
  status text not null,
  deciding_org_type text,
  decided_on date,
  -- The country's formal procedure record (application, decision, certificate numbers): encrypted.
  formal_procedure text,
  reflection_starts_on date,
  reflection_ends_on date,
  non_punishment boolean not null default false,
  non_punishment_note text,
  updated_at timestamptz not null default now()
);

create table status_decisions (
  id uuid primary key,
  case_id uuid not null references cases(id),
  status text not null,
  deciding_org_type text not null,
  decided_on date not null,
  formal_procedure text,
  decided_by uuid references users(id),
  decided_at timestamptz not null default now()
);
create index status_decisions_case on status_decisions (case_id, decided_at);
`;
