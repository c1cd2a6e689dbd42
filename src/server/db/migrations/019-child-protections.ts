// Issue 11: the child's protections in the Convention (CETS 197) enforced rather than stored.
// Art. 10(3) presumption of minority: the age assessments that alone may lift it (append-only; the
// assessor's name and the note are encrypted, see crypto/encrypted-columns.ts).
export const childProtections = `
create table case_age_assessments (
  id uuid primary key,
  case_id uuid not null references cases(id),
  assessed_on date not null,
  method text not null check (method in ('documents', 'interview', 'psychosocial', 'medical',
    'multidisciplinary', 'other')),
  -- Who assessed (name and function of the professional or panel): encrypted.
  assessed_by text not null,
  result text not null check (result in ('child', 'adult', 'inconclusive')),
  -- The child was told of the assessment and its result, in a way the child understands (Art. 10(3), 12).
  child_informed_on date not null,
  child_informed_how text not null,
  note text,
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null default now()
);
create index case_age_assessments_case on case_age_assessments (case_id, recorded_at);

-- Append-only: key rotation and the retention job's erasure may only re-seal the encrypted columns.
create function case_age_assessments_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and (new.id, new.case_id, new.assessed_on, new.method, new.result,
      new.child_informed_on, new.recorded_by, new.recorded_at)
     is not distinct from (old.id, old.case_id, old.assessed_on, old.method, old.result,
      old.child_informed_on, old.recorded_by, old.recorded_at) then
    return new;
  end if;
  raise exception 'case_age_assessments is append-only';
end;
$$;
create trigger case_age_assessments_append_only before update or delete on case_age_assessments
  for each row execute function case_age_assessments_append_only();

-- Art. 10(4) guardian: since when the child needs one (unaccompanied or separated), for the deadline;
-- the guardian as a person record (a new person_id whenever another person takes the role), possibly
-- one of the recorded family members; the consent ledger points at that person, not at a typed name.
alter table cases add column guardian_required_since date;
update cases set guardian_required_since = created_at::date where open_identity->>'unaccompanied' = 'true';
alter table case_guardians add column person_id uuid;
update case_guardians set person_id = case_id where person_id is null;
alter table case_guardians alter column person_id set not null;
alter table case_guardians add column family_member_id uuid references case_family_members(id);
alter table case_consents add column guardian_person_id uuid;

-- Art. 26 non-punishment: the child may be the suspect or the accused in proceedings (forced criminality),
-- and a non-punishment decision attaches to that charge.
alter table justice_proceedings drop constraint justice_proceedings_child_role_check;
alter table justice_proceedings add constraint justice_proceedings_child_role_check
  check (child_role in ('victim', 'witness', 'victim-and-witness', 'suspect', 'accused'));
alter table justice_non_punishment add column proceeding_id uuid references justice_proceedings(id);
`;
