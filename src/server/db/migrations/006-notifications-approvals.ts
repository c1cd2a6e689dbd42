// Notifications, the inbox, and approvals (one four-eyes mechanism for plans, best-interests decisions, closure and consent overrides).
export const notificationsApprovals = `
-- One request for a second person's decision on a subject (a plan, a best-interests determination, a
-- closure, a consent override). At most one pending request per kind and subject.
create table approvals (
  id uuid primary key,
  case_id uuid not null references cases(id),
  kind text not null,
  subject_id text not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'withdrawn')),
  requested_by uuid not null references users(id),
  requester_agency_id uuid references agencies(id),
  requested_at timestamptz not null default now(),
  decided_by uuid references users(id),
  decided_at timestamptz,
  reason text,
  version integer not null default 1,
  check ((status in ('approved', 'rejected')) = (decided_by is not null and decided_at is not null))
);
create unique index approvals_one_pending on approvals (kind, subject_id) where status = 'pending';
create index approvals_case on approvals (case_id, requested_at);
create index approvals_subject on approvals (kind, subject_id, requested_at);
create index approvals_pending on approvals (requested_at) where status = 'pending';

-- Per-user event notifications: ids and a kind only, never text. email_state tracks the optional
-- e-mail (null: none to send; 'pending' until the mailer has handled it after commit).
create table notifications (
  id uuid primary key,
  user_id uuid not null references users(id),
  kind text not null,
  case_id uuid references cases(id),
  subject_type text not null,
  subject_id text not null,
  actor_user_id uuid references users(id),
  created_at timestamptz not null default now(),
  read_at timestamptz,
  email_state text check (email_state in ('pending', 'sending', 'sent', 'skipped', 'failed'))
);
create index notifications_user on notifications (user_id, created_at desc);
create index notifications_unread on notifications (user_id) where read_at is null;
create index notifications_email on notifications (created_at) where email_state = 'pending';

-- Where to e-mail a user about new items (optional; encrypted).
create table user_emails (
  user_id uuid primary key references users(id),
  email text not null,
  updated_at timestamptz not null default now()
);
`;
