// Reintegration monitoring (docs/domain.md §5): the schedule started at reunification or placement, the
// visits (planned, done or missed), the well-being assessment done at a visit with the child's own view,
// the re-trafficking risk review of every visit, and the alerts the rules raise.
export const monitoring = `
create table monitoring_plans (
  case_id uuid primary key references cases(id),
  started_on date not null,
  placement_type text not null check (placement_type in ('family-reunification', 'kinship-care',
    'foster-care', 'residential-care', 'supervised-independent-living', 'other')),
  started_by uuid references users(id),
  started_at timestamptz not null default now(),
  version integer not null default 1
);

create table monitoring_visits (
  id uuid primary key,
  case_id uuid not null references monitoring_plans(case_id),
  -- Months after the start this visit was scheduled for; null for an extra visit.
  months_after integer,
  planned_on date not null,
  status text not null default 'planned' check (status in ('planned', 'done', 'missed')),
  done_on date,
  -- Why a visit did not happen (free text): encrypted.
  missed_reason text,
  -- The re-trafficking risk review, required for every visit done.
  risk_contact_exploiters boolean,
  risk_new_offers boolean,
  risk_went_missing boolean,
  risk_level text check (risk_level in ('low', 'medium', 'high')),
  risk_note text,
  recorded_by uuid references users(id),
  recorded_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  check (status <> 'done' or (done_on is not null and risk_level is not null)),
  check (status <> 'missed' or missed_reason is not null)
);
create index monitoring_visits_case on monitoring_visits (case_id, planned_on);
create index monitoring_visits_planned on monitoring_visits (planned_on) where status = 'planned';

-- Item scores, evidence sources, the caregiver's and the child's views are health and psychosocial
-- data: sealed. The derived domain and overall scores stay readable for charts and dashboards.
create table monitoring_assessments (
  id uuid primary key,
  case_id uuid not null references monitoring_plans(case_id),
  visit_id uuid not null unique references monitoring_visits(id),
  assessed_on date not null,
  assessor_id uuid references users(id),
  items text not null,
  caregiver_view text,
  child_view text,
  domain_scores jsonb not null,
  overall double precision not null,
  created_at timestamptz not null default now()
);
create index monitoring_assessments_case on monitoring_assessments (case_id, assessed_on);

create table monitoring_alerts (
  id uuid primary key,
  case_id uuid not null references monitoring_plans(case_id),
  kind text not null check (kind in ('safety', 'retrafficking-risk')),
  visit_id uuid references monitoring_visits(id),
  assessment_id uuid references monitoring_assessments(id),
  item_ids text[] not null default '{}',
  raised_at timestamptz not null default now(),
  raised_by uuid references users(id),
  resolved_at timestamptz,
  resolved_by uuid references users(id),
  resolution_note text,
  version integer not null default 1
);
create index monitoring_alerts_open on monitoring_alerts (case_id) where resolved_at is null;
`;
