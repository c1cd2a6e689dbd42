// Individual assistance plans and best-interests assessments and determinations.
// Free text (objectives, actions, the child's views, assessments, reasons) is AES-256-GCM ciphertext
// (see crypto/encrypted-columns.ts); statuses, dates, domains and the chosen solution are plain so that
// rules and the inbox can work on them.
export const plansBestInterests = `
create table plans (
  id uuid primary key,
  case_id uuid not null references cases(id),
  number integer not null,
  status text not null check (status in ('draft', 'submitted', 'approved', 'returned', 'superseded')),
  started_on date not null,
  planned_end date,
  actual_end date,
  review_on date,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  submitted_by uuid references users(id),
  submitted_at timestamptz,
  decided_by uuid references users(id),
  decided_at timestamptz,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  unique (case_id, number)
);

-- A goal keeps its lineage across plan versions, so services delivered towards it stay linked.
create table plan_goals (
  id uuid primary key,
  plan_id uuid not null references plans(id),
  case_id uuid not null references cases(id),
  lineage_id uuid not null,
  position integer not null,
  domain text not null check (domain in ('safety', 'family', 'health', 'psychosocial', 'education', 'legal', 'economic')),
  support_plan_type text not null,
  objective text not null,
  status text not null check (status in ('open', 'achieved', 'discontinued')),
  review_on date
);
create index plan_goals_plan on plan_goals (plan_id, position);
create index plan_goals_case on plan_goals (case_id, domain);

create table plan_actions (
  id uuid primary key,
  goal_id uuid not null references plan_goals(id),
  plan_id uuid not null references plans(id),
  position integer not null,
  text text not null,
  responsible_agency_id uuid references agencies(id),
  due_on date,
  status text not null check (status in ('planned', 'in-progress', 'done', 'cancelled'))
);
create index plan_actions_goal on plan_actions (goal_id, position);
create index plan_actions_plan on plan_actions (plan_id);

create table best_interests (
  id uuid primary key,
  case_id uuid not null references cases(id),
  status text not null check (status in ('open', 'proposed', 'decided')),
  -- health group: what the child said, how they were heard, who was present (sealed JSON)
  child_views text,
  -- exploitation group: per family member, whether implicated (sealed JSON), and the risk assessment
  family_assessment text,
  risk_level text check (risk_level in ('low', 'medium', 'high')),
  return_in_best_interests boolean,
  risk_factors text,
  risk_assessed_on date,
  -- health group: options considered with pros and cons (sealed JSON)
  options text,
  -- the decision: the solution is plain (justice may need it), the reasons are sealed
  solution text check (solution in ('local-integration', 'family-reunification', 'alternative-care', 'return', 'third-country')),
  reunification_target_id uuid references case_family_members(id),
  reasons text,
  proposed_by uuid references users(id),
  proposed_at timestamptz,
  decided_at timestamptz,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index best_interests_case on best_interests (case_id, created_at);

create table best_interests_panel (
  best_interests_id uuid not null references best_interests(id),
  user_id uuid not null references users(id),
  confirmed_at timestamptz,
  primary key (best_interests_id, user_id)
);
`;
