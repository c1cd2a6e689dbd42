// Multidisciplinary teams that span agencies (a Moldovan territorial team, a Ukrainian local team): the
// members come from several agencies, and a case the team works on is reached by every member through
// the member's own role (the role still decides what they may do and which field groups they see).
// The owning agency stays the one legally responsible for the case.
export const teams = `
create table teams (
  id uuid primary key,
  name text not null,
  unit_code text not null references admin_units(code),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by uuid references users(id)
);
create unique index teams_name_key on teams (lower(name));

create table team_members (
  team_id uuid not null references teams(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  added_at timestamptz not null default now(),
  added_by uuid references users(id),
  primary key (team_id, user_id)
);
create index team_members_user on team_members (user_id);

alter table cases add column owner_team_id uuid references teams(id);
create index cases_owner_team on cases (owner_team_id) where owner_team_id is not null;
`;
