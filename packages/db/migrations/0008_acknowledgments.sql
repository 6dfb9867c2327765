-- Acknowledgments (999 implementation acknowledgments, 277CA claim acknowledgments) as
-- imported, and what each said about the batches and claims we sent. All append-only: a later
-- acknowledgment is a new row, never an edit.

create table acknowledgment_files (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('999', '277CA')),
  sha256 char(64) not null,
  file_name text not null,
  file_text text not null,
  imported_at timestamptz not null default now(),
  imported_by text not null,
  primary key (org_id, id),
  -- The same file twice changes nothing: the second import finds this row.
  unique (org_id, sha256)
);

-- 999: the answer about one transaction set of a batch (AK2 … IK5), with its errors in words.
create table batch_acknowledgments (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  file_id uuid not null,
  batch_id uuid not null,
  transaction_control_number text not null,
  -- IK501: A accepted, E accepted with errors, R/M/W/X rejected.
  status char(1) not null check (status in ('A', 'E', 'M', 'R', 'W', 'X')),
  -- AK901 of the functional group.
  group_status char(1) not null check (group_status in ('A', 'E', 'M', 'P', 'R', 'W', 'X')),
  -- IK502-IK506 codes and each IK3/IK4 error with its claims and message.
  codes text[] not null,
  errors jsonb not null,
  primary key (org_id, id),
  unique (org_id, file_id, batch_id, transaction_control_number),
  foreign key (org_id, file_id) references acknowledgment_files (org_id, id),
  foreign key (org_id, batch_id) references submission_batches (org_id, id)
);

create index batch_acknowledgments_batch_idx on batch_acknowledgments (org_id, batch_id);

-- 277CA: each claim-level status, matched to our claim (by TRN02, the CLM01 we sent) or not.
create table claim_acknowledgments (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  file_id uuid not null,
  position integer not null check (position > 0),
  patient_control_number text not null,
  claim_id uuid,
  outcome text not null check (outcome in ('accepted', 'rejected', 'pending', 'finalized', 'other')),
  -- Every STC of the claim: category, status, entity, date, action, amount and the words.
  statuses jsonb not null,
  payer_claim_number text,
  primary key (org_id, id),
  unique (org_id, file_id, position),
  foreign key (org_id, file_id) references acknowledgment_files (org_id, id),
  foreign key (org_id, claim_id) references claims (org_id, id)
);

create index claim_acknowledgments_claim_idx on claim_acknowledgments (org_id, claim_id);

-- A 999 names the batch by the GS06 we sent.
create index submission_batches_group_idx on submission_batches (org_id, group_control_number);

-- 277CA claims that match no claim we sent wait here for a person, never guessed.
alter table worklist_items drop constraint worklist_items_kind_check;
alter table worklist_items add constraint worklist_items_kind_check check (kind in (
  'denial', 'unmatched_remittance', 'unmatched_acknowledgment', 'rejection', 'follow_up',
  'credit_balance'
));

create trigger acknowledgment_files_append_only before update or delete on acknowledgment_files
  for each row execute function refuse_change();
create trigger batch_acknowledgments_append_only before update or delete on batch_acknowledgments
  for each row execute function refuse_change();
create trigger claim_acknowledgments_append_only before update or delete on claim_acknowledgments
  for each row execute function refuse_change();
