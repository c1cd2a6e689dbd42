// The people around the child (family, guardian), the consent ledger, notes and attachments.
// Every name, contact and free text is AES-256-GCM ciphertext (see crypto/encrypted-columns.ts).
export const casePeople = `
create table case_family_members (
  id uuid primary key,
  case_id uuid not null references cases(id),
  relation text not null check (relation in ('mother', 'father', 'stepparent', 'sibling', 'grandparent',
    'aunt-uncle', 'other-relative', 'caregiver', 'other')),
  name text not null,
  contact text,
  implicated boolean not null,
  safe_contact boolean not null,
  note text,
  version integer not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index case_family_members_case on case_family_members (case_id);

create table case_guardians (
  case_id uuid primary key references cases(id),
  kind text not null check (kind in ('parent', 'legal-representative', 'appointed-guardian', 'institution')),
  name text not null,
  contact text,
  appointed_on date,
  appointing_authority text,
  version integer not null default 1,
  updated_by uuid references users(id),
  updated_at timestamptz not null default now()
);

create table case_consents (
  id uuid primary key,
  case_id uuid not null references cases(id),
  purpose text not null check (purpose in ('assistance', 'data-processing', 'referral', 'cross-border-sharing', 'research')),
  recipient_agency_id uuid references agencies(id),
  child_assent_given boolean not null,
  child_assent_date date not null,
  child_informed_how text not null,
  guardian_consent_given boolean,
  guardian_consent_date date,
  -- The person who gave the guardian's consent: a name, so encrypted.
  guardian_given_by text,
  expires_on date,
  withdrawn_at timestamptz,
  withdrawal_reason text,
  withdrawn_by uuid references users(id),
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null default now(),
  version integer not null default 1
);
create index case_consents_case on case_consents (case_id, purpose);

create table case_notes (
  id uuid primary key,
  case_id uuid not null references cases(id),
  class text not null check (class in ('general', 'health', 'justice', 'exploitation')),
  text text not null,
  author_id uuid references users(id),
  created_at timestamptz not null default now()
);
create index case_notes_case on case_notes (case_id, created_at);

create table case_attachments (
  id uuid primary key,
  case_id uuid not null references cases(id),
  class text not null check (class in ('general', 'health', 'justice', 'exploitation')),
  file_name text not null,
  content_type text not null,
  size integer not null,
  sha256 text not null,
  uploaded_by uuid references users(id),
  uploaded_at timestamptz not null default now()
);
create index case_attachments_case on case_attachments (case_id, uploaded_at);

-- The file itself, apart from its description so that lists never read it: base64 of the bytes, sealed.
create table case_attachment_contents (
  attachment_id uuid primary key references case_attachments(id),
  content text not null
);

-- Notes and attachments are append-only; key rotation may only re-seal their ciphertext. One function
-- per table: plpgsql resolves every NEW field an expression names, even in a branch for another table.
create function case_notes_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and (new.id, new.case_id, new.class, new.author_id, new.created_at)
     is not distinct from (old.id, old.case_id, old.class, old.author_id, old.created_at) then
    return new;
  end if;
  raise exception 'case_notes is append-only';
end;
$$;
create trigger case_notes_append_only before update or delete on case_notes
  for each row execute function case_notes_append_only();

create function case_attachments_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and (new.id, new.case_id, new.class, new.content_type, new.size, new.sha256, new.uploaded_by, new.uploaded_at)
     is not distinct from (old.id, old.case_id, old.class, old.content_type, old.size, old.sha256, old.uploaded_by, old.uploaded_at) then
    return new;
  end if;
  raise exception 'case_attachments is append-only';
end;
$$;
create trigger case_attachments_append_only before update or delete on case_attachments
  for each row execute function case_attachments_append_only();

create function case_attachment_contents_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.attachment_id = old.attachment_id then
    return new;
  end if;
  raise exception 'case_attachment_contents is append-only';
end;
$$;
create trigger case_attachment_contents_append_only before update or delete on case_attachment_contents
  for each row execute function case_attachment_contents_append_only();
`;
