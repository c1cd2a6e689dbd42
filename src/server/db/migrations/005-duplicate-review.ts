// Possible duplicates of a child inside the node, and a supervisor's decision on each pair.
export const duplicateReview = `
alter table cases add column merged_into uuid references cases(id);
create index cases_merged_into on cases (merged_into);

create table duplicate_pairs (
  id uuid primary key,
  -- case_a < case_b, so that a pair is stored once whichever side was found first.
  case_a uuid not null references cases(id),
  case_b uuid not null references cases(id),
  score real not null,
  classification text not null check (classification in ('probable', 'possible')),
  agreements jsonb not null,
  status text not null default 'open' check (status in ('open', 'merged', 'distinct')),
  kept_case uuid references cases(id),
  decided_by uuid references users(id),
  decided_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  unique (case_a, case_b),
  check (case_a < case_b)
);
create index duplicate_pairs_status on duplicate_pairs (status);
`;
