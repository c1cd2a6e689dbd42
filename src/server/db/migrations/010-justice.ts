// The child in the justice process: criminal proceedings with their dated stage history, protective
// measures and compensation, perpetrators, and non-punishment decisions. Numbers, names, authorities and
// free text are AES-256-GCM ciphertext (see crypto/encrypted-columns.ts). All of it is the 'justice'
// field group: only roles holding that group ever read these tables (justice.service.ts).
export const justice = `
create table justice_proceedings (
  id uuid primary key,
  case_id uuid not null references cases(id),
  country text not null check (country in ('UA', 'MD', 'BY')),
  -- The criminal proceedings' registration number (e.g. the UA ЄРДР number): encrypted.
  number text,
  articles jsonb not null default '[]',
  authority_agency_id uuid references agencies(id),
  -- An authority that is not a Haven agency (a court, a prosecutor's office abroad): encrypted.
  authority_name text,
  stage text not null check (stage in ('report', 'investigation', 'indictment', 'trial', 'verdict',
    'appeal', 'suspended', 'closed')),
  outcome text,
  child_role text not null check (child_role in ('victim', 'witness', 'victim-and-witness')),
  opened_on date not null,
  legal_aid_provider text,
  legal_aid_from date,
  -- [{ measure, on }]: child-friendly procedures actually used, with their dates.
  measures jsonb not null default '[]',
  -- [{ kind: claimed|awarded|paid, source: perpetrator|state, amount, currency, on }]
  compensation jsonb not null default '[]',
  version integer not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index justice_proceedings_case on justice_proceedings (case_id, opened_on);

-- Append-only: each stage the proceedings entered, with its date.
create table justice_stage_history (
  proceeding_id uuid not null references justice_proceedings(id),
  seq integer not null,
  stage text not null,
  entered_on date not null,
  outcome text,
  note text,
  recorded_by uuid references users(id),
  recorded_at timestamptz not null default now(),
  primary key (proceeding_id, seq)
);

create table justice_perpetrators (
  id uuid primary key,
  case_id uuid not null references cases(id),
  proceeding_id uuid references justice_proceedings(id),
  roles jsonb not null default '[]',
  relation text check (relation in ('Familial', 'Acquainted', 'Unacquainted')),
  family_member boolean not null default false,
  family_member_id uuid references case_family_members(id),
  sex text,
  nationalities jsonb not null default '[]',
  name text,
  alias text,
  version integer not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index justice_perpetrators_case on justice_perpetrators (case_id);

-- Decisions by police, prosecutors or courts on offences the child was compelled to commit (CoE Art. 26).
-- The case's non-punishment flag stays in case_status; these are the decisions taken on it.
create table justice_non_punishment (
  id uuid primary key,
  case_id uuid not null references cases(id),
  decision text not null check (decision in ('applied', 'refused', 'pending')),
  decided_on date,
  authority_agency_id uuid references agencies(id),
  authority_name text,
  offence text not null,
  note text,
  version integer not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index justice_non_punishment_case on justice_non_punishment (case_id);
`;
