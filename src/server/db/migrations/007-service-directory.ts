// The service directory: providers' services, eligibility, coverage, capacity, accreditation.
// Organisational data only (what a service offers, where, to whom, how to reach it): no child's data
// is stored here, so the columns are plain text and searchable (docs/service-directory.md).
export const serviceDirectory = `
create table services (
  id uuid primary key,
  agency_id uuid not null references agencies(id),
  country text not null,
  kind text not null check (kind in (
    'emergency-shelter', 'long-term-accommodation', 'family-based-care', 'medical', 'psychological',
    'legal-aid', 'interpretation', 'education', 'vocational-training', 'family-support',
    'economic-support', 'guardianship', 'safe-return', 'life-skills')),
  support_plan_type text not null,
  name text not null,
  description text not null default '',
  age_min integer check (age_min is null or age_min between 0 and 25),
  age_max integer check (age_max is null or age_max between 0 and 25),
  genders text[] not null default '{}',
  exploitation_types text[] not null default '{}',
  languages text[] not null default '{}',
  opening_hours jsonb not null,
  capacity integer check (capacity is null or capacity >= 0),
  free_places integer,
  accreditation_standard text,
  accreditation_number text,
  accreditation_valid_until date,
  phone text,
  email text,
  status text not null default 'active' check (status in ('active', 'inactive')),
  version integer not null default 1,
  created_by uuid references users(id),
  updated_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (age_min is null or age_max is null or age_min <= age_max),
  -- A place-based service counts places; the others (legal aid, interpretation) have neither number.
  check ((capacity is null) = (free_places is null)),
  check (free_places is null or (free_places >= 0 and free_places <= capacity))
);
create index services_country_kind on services (country, kind, status);
create index services_agency on services (agency_id);

-- Admin units a service covers: a region (or the country) covers every district in it.
create table service_districts (
  service_id uuid not null references services(id) on delete cascade,
  unit_code text not null references admin_units(code),
  primary key (service_id, unit_code)
);
create index service_districts_unit on service_districts (unit_code);
`;
