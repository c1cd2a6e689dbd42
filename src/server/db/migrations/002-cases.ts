// The child's case file: identity (encrypted), lifecycle action log, pseudonymous codes, search keys.
export const cases = `
create table case_code_counters (
  country text not null,
  year integer not null,
  last_number integer not null,
  primary key (country, year)
);

create table cases (
  id uuid primary key,
  code text not null unique,
  country text not null check (country in ('UA', 'MD', 'BY')),
  stage text not null,
  status text not null,
  gender text not null,
  presumed_minor boolean not null,
  birth_year_from integer,
  birth_year_to integer,
  unit_code text not null references admin_units(code),
  owner_agency_id uuid not null references agencies(id),
  owner_user_id uuid references users(id),
  open_identity jsonb not null,
  -- AES-256-GCM ciphertext of names, exact birth date, documents, contacts and address.
  sensitive_identity text not null,
  name_count integer not null default 0,
  -- Keyed blind indexes (HMAC): searchable for equality, unreadable in a dump.
  name_keys text[] not null default '{}',
  document_keys text[] not null default '{}',
  name_birth_key text,
  exploitation_types text[] not null default '{}',
  next_deadline date,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index cases_name_keys on cases using gin (name_keys);
create index cases_document_keys on cases using gin (document_keys);
create index cases_name_birth_key on cases (name_birth_key);
create index cases_owner_agency on cases (owner_agency_id);
create index cases_owner_user on cases (owner_user_id);
create index cases_unit on cases (unit_code);
create index cases_stage on cases (stage, status);

-- Append-only: the case's state is the fold of these actions (src/domain/lifecycle).
create table case_actions (
  case_id uuid not null references cases(id),
  seq integer not null,
  type text not null,
  at timestamptz not null,
  actor_id uuid references users(id),
  actor_agency_id uuid references agencies(id),
  -- The "why" may name people or places: encrypted like identity.
  reason text,
  payload jsonb not null default '{}',
  primary key (case_id, seq)
);
-- Nothing in an action may change; only its encrypted reason may be re-sealed by key rotation.
create function case_actions_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and (new.case_id, new.seq, new.type, new.at, new.actor_id, new.actor_agency_id, new.payload)
     is not distinct from (old.case_id, old.seq, old.type, old.at, old.actor_id, old.actor_agency_id, old.payload)
     and (new.reason is null) = (old.reason is null) then
    return new;
  end if;
  raise exception 'case_actions is append-only';
end;
$$;
create trigger case_actions_no_update before update or delete on case_actions
  for each row execute function case_actions_append_only();
`;
