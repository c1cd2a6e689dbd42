// Sign-in hardening (issue 10, defects 7 and 8, and passkeys).
// - auth_throttle replaces auth_failures: one row per counter, changed under a row lock, so concurrent
//   wrong passwords cannot all read "4 failures" and all be checked (the old insert-then-count could).
// - must_change_password: a password someone else chose (an administrator creating or resetting the
//   account) is known to two people; the owner must replace it before doing anything else.
// - passkeys: WebAuthn credentials; the public key only, never a secret.
export const signInHardening = `
drop table auth_failures;
create table auth_throttle (
  key text primary key,
  failures integer not null default 0,
  window_started_at timestamptz not null default now(),
  not_before timestamptz
);

alter table users add column must_change_password boolean not null default false;

alter table sessions add column pending_webauthn_challenge text;

create table passkeys (
  id text primary key,
  user_id uuid not null references users(id) on delete cascade,
  public_key text not null,
  sign_count bigint not null default 0,
  transports text not null default '',
  name text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz
);
create index passkeys_user on passkeys (user_id);
`;
