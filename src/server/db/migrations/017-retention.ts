// Retention (issue 10): legal holds on a case, and the mark left on a case whose personal data the
// retention job erased. The anonymised case row stays for statistics; see docs/data-protection.md.
export const retention = `
alter table cases add column anonymised_at timestamptz;
create index cases_retention on cases (stage) where anonymised_at is null;

create table case_legal_holds (
  id uuid primary key,
  case_id uuid not null references cases(id),
  -- Why the data must be kept (a court order, a complaint, an investigation): encrypted, it may name one.
  reason text not null,
  set_by uuid not null references users(id),
  set_at timestamptz not null default now(),
  lifted_by uuid references users(id),
  lifted_at timestamptz,
  lift_reason text,
  version integer not null default 1
);
-- At most one hold in force per case: a second one would have to be lifted twice.
create unique index case_legal_holds_active on case_legal_holds (case_id) where lifted_at is null;
`;
