// The federation between national nodes and the regional hub: the peers a node trusts, the outbox it
// delivers from, the inbox it applies from (keyed by message id: a message is applied once), and the
// deliveries it has already accepted (replay protection within the clock-skew window).
// The hub runs the same migrations; it writes only these tables and its own accounts and audit log.
export const federation = `
create table federation_peers (
  country text primary key check (country in ('UA', 'MD', 'BY', 'HUB')),
  kind text not null check (kind in ('node', 'hub')),
  address text,
  signing_key jsonb not null,
  encryption_key jsonb not null,
  fingerprint text not null,
  status text not null default 'pending' check (status in ('pending', 'active', 'revoked')),
  confirmed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table federation_outbox (
  message_id uuid primary key,
  destination text not null,
  next_hop text not null,
  type text not null,
  thread_id text not null,
  seq integer not null,
  token text not null,
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  claimed_until timestamptz,
  last_error text,
  receipt text,
  relayed boolean not null default false,
  created_at timestamptz not null default now(),
  delivered_at timestamptz
);
create index federation_outbox_due on federation_outbox (status, next_attempt_at);

-- Sequence numbers are per thread and sender: the receiver holds a message until its predecessor applied.
create table federation_threads (
  thread_id text not null,
  destination text not null,
  last_seq integer not null,
  primary key (thread_id, destination)
);

create table federation_inbox (
  message_id uuid primary key,
  origin text not null,
  type text not null,
  thread_id text not null,
  seq integer not null,
  token text not null,
  status text not null check (status in ('held', 'applied')),
  received_at timestamptz not null default now(),
  applied_at timestamptz,
  unique (origin, thread_id, seq)
);

create table federation_deliveries_seen (
  delivery_id uuid primary key,
  seen_at timestamptz not null default now()
);
create index federation_deliveries_seen_at on federation_deliveries_seen (seen_at);

-- What the test message types leave behind: enough to prove a message was applied exactly once.
create table federation_pings (
  message_id uuid primary key,
  origin text not null,
  kind text not null check (kind in ('ping', 'pong', 'sealed-test')),
  thread_id text not null,
  seq integer not null,
  digest text,
  applied_at timestamptz not null default now()
);
`;
