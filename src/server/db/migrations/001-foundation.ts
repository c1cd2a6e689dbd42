// Accounts, agencies, geography, sessions, idempotency and the hash-chained audit log.
export const foundation = `
create table node_settings (
  key text primary key,
  value jsonb not null
);

create table admin_units (
  code text primary key,
  parent_code text references admin_units(code),
  level text not null check (level in ('country', 'region', 'district', 'community')),
  country text not null check (country in ('UA', 'MD', 'BY')),
  names jsonb not null
);
create index admin_units_parent on admin_units (parent_code);

create table agencies (
  id uuid primary key,
  country text not null,
  name text not null,
  kind text not null,
  organisation_type text not null,
  status text not null default 'active' check (status in ('active', 'inactive')),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index agencies_name_key on agencies (country, lower(name));

create table agency_units (
  agency_id uuid not null references agencies(id) on delete cascade,
  unit_code text not null references admin_units(code),
  primary key (agency_id, unit_code)
);

create table users (
  id uuid primary key,
  username text not null,
  display_name text not null,
  password_hash text not null,
  agency_id uuid references agencies(id),
  locale text not null default 'en' check (locale in ('en', 'uk', 'ru', 'ro', 'be')),
  status text not null default 'active' check (status in ('active', 'disabled')),
  mfa_secret text,
  mfa_enabled boolean not null default false,
  mfa_last_step bigint,
  password_changed_at timestamptz not null default now(),
  last_sign_in_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_username_key on users (lower(username));

create table user_roles (
  user_id uuid not null references users(id) on delete cascade,
  role text not null check (role in ('caseworker', 'supervisor', 'police', 'provider', 'localcoord', 'coordinator', 'analyst', 'admin')),
  scope text not null check (scope in ('own', 'agency', 'district', 'region', 'country')),
  unit_code text references admin_units(code),
  primary key (user_id, role)
);

create table recovery_codes (
  user_id uuid not null references users(id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  primary key (user_id, code_hash)
);

create table sessions (
  token_hash text primary key,
  user_id uuid not null references users(id) on delete cascade,
  stage text not null check (stage in ('mfa-challenge', 'mfa-enrol', 'done')),
  csrf_token text not null,
  pending_mfa_secret text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  absolute_expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

create table auth_failures (
  key text not null,
  at timestamptz not null default now()
);
create index auth_failures_key_at on auth_failures (key, at);

create table idempotency_keys (
  user_id uuid not null references users(id) on delete cascade,
  key text not null,
  method text not null,
  path text not null,
  request_hash text not null,
  status_code integer not null,
  response jsonb not null,
  created_at timestamptz not null default now(),
  primary key (user_id, key)
);

create table audit_log (
  seq bigint primary key,
  at timestamptz not null,
  actor_id uuid,
  actor_agency_id uuid,
  action text not null,
  entity_type text,
  entity_id text,
  outcome text not null check (outcome in ('success', 'failure', 'denied')),
  request_id text,
  details jsonb not null default '{}',
  prev_hash text not null,
  hash text not null
);
create index audit_log_entity on audit_log (entity_type, entity_id);
create index audit_log_actor on audit_log (actor_id);

-- The audit log is append-only for the application; only a deliberate session_replication_role change
-- by a database superuser can bypass this, and the hash chain then shows the alteration.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
`;
