// The referral workflow between agencies and the services delivered to the child (docs/referrals.md).
// The package sent with a referral is a frozen, encrypted snapshot: the receiving agency reads that and
// nothing else. Every free text (note, reasons, outcomes) is AES-256-GCM ciphertext
// (see crypto/encrypted-columns.ts).
export const referrals = `
create table referrals (
  id uuid primary key,
  case_id uuid not null references cases(id),
  service_id uuid not null references services(id),
  service_kind text not null,
  sender_agency_id uuid not null references agencies(id),
  sender_user_id uuid not null references users(id),
  recipient_agency_id uuid not null references agencies(id),
  urgency text not null check (urgency in ('emergency', 'urgent', 'routine')),
  reason text not null check (reason in ('AdditionalServicesRequired', 'MigrationOrChangeOfLocation', 'Other')),
  note text,
  state text not null check (state in ('awaiting-override', 'sent', 'accepted', 'declined', 'in-progress',
    'completed', 'failed', 'cancelled')),
  package_fields text[] not null,
  -- The frozen snapshot (encrypted JSON), written when the referral is sent.
  package text,
  override_reason text,
  decline_reason text,
  outcome text,
  cancel_reason text,
  -- Whether accepting took a free place from the service (given back when the referral ends).
  holds_place boolean not null default false,
  sent_at timestamptz,
  due_at timestamptz,
  answered_at timestamptz,
  closed_at timestamptz,
  recipient_case_id uuid references cases(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index referrals_case on referrals (case_id, created_at);
create index referrals_recipient on referrals (recipient_agency_id, state);
create index referrals_sender on referrals (sender_agency_id, state);

create table referral_events (
  referral_id uuid not null references referrals(id),
  seq integer not null,
  type text not null,
  from_state text,
  to_state text not null,
  at timestamptz not null default now(),
  actor_id uuid references users(id),
  actor_agency_id uuid references agencies(id),
  primary key (referral_id, seq)
);

create table services_delivered (
  id uuid primary key,
  case_id uuid not null references cases(id),
  referral_id uuid references referrals(id),
  service_kind text not null,
  delivered_on date not null,
  agency_id uuid not null references agencies(id),
  user_id uuid not null references users(id),
  outcome text not null check (outcome in ('delivered', 'partly-delivered', 'not-delivered')),
  note text,
  plan_goal_id uuid references plan_goals(id),
  version integer not null default 1,
  created_at timestamptz not null default now()
);
create index services_delivered_case on services_delivered (case_id, delivered_on);
create index services_delivered_referral on services_delivered (referral_id);
`;
