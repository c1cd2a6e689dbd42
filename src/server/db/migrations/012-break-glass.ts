// Break-glass (HL7's "break the glass"): a user who reads cases somewhere opens one case outside their
// scope in an emergency, for a limited time, with a reason; the owning agency's supervisor reviews it
// afterwards (docs/access-control.md). The reason and the review note are free text, so they are
// AES-256-GCM ciphertext (see crypto/encrypted-columns.ts).
export const breakGlass = `
create table break_glass_accesses (
  id uuid primary key,
  case_id uuid not null references cases(id),
  user_id uuid not null references users(id),
  -- The user's agency when the glass was broken (the user may move agencies later).
  user_agency_id uuid references agencies(id),
  -- The agency that owned the case then: its supervisors review the access.
  owner_agency_id uuid not null references agencies(id),
  reason text not null,
  started_at timestamptz not null default now(),
  expires_at timestamptz not null,
  reviewed_at timestamptz,
  reviewed_by uuid references users(id),
  review_note text,
  version integer not null default 1,
  check (expires_at > started_at)
);
-- The case loader asks "has this user an unexpired access to this case?" on every out-of-reach read.
create index break_glass_user_case on break_glass_accesses (user_id, case_id, expires_at);
create index break_glass_case on break_glass_accesses (case_id, started_at);
create index break_glass_unreviewed on break_glass_accesses (owner_agency_id) where reviewed_at is null;
`;
