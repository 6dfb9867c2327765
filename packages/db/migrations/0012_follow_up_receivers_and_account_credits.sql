-- The rest of the revenue cycle: claims no payer answered (follow-up), clearinghouses that
-- receive a practice's files, the Medicare secondary payer type, secondary claims left stale by
-- a change to the primary's adjudication, and patient payments taken before any charge.

-- Days a payer has to answer a sent claim (277CA or 835) before it needs a follow-up.
alter table payers add column follow_up_days integer not null default 30
  check (follow_up_days between 1 and 365);

-- A claim is followed up once per submission (the source names the batch): refreshing the
-- worklist again adds nothing, and an item a biller resolved does not come back for that batch.
create unique index worklist_items_one_follow_up_idx on worklist_items (org_id, claim_id, source)
  where kind = 'follow_up';

-- Secondary claims already sent whose primary adjudication changed: a corrected claim is due.
alter table worklist_items drop constraint worklist_items_kind_check;
alter table worklist_items add constraint worklist_items_kind_check check (kind in (
  'denial', 'unmatched_remittance', 'unmatched_acknowledgment', 'rejection', 'follow_up',
  'credit_balance', 'secondary_correction'
));

-- A receiver of 837 files (a clearinghouse) and the IDs it assigned: ISA05-08, GS02/03, the
-- 1000A submitter and the 1000B receiver. A payer without one receives files directly.
create table receivers (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  receiver_id text not null,
  interchange_sender_qualifier char(2) not null,
  interchange_sender_id text not null check (length(interchange_sender_id) between 1 and 15),
  interchange_receiver_qualifier char(2) not null,
  interchange_receiver_id text not null check (length(interchange_receiver_id) between 1 and 15),
  application_sender_code text not null check (length(application_sender_code) between 2 and 15),
  application_receiver_code text not null
    check (length(application_receiver_code) between 2 and 15),
  submitter_name text not null,
  submitter_id text not null,
  submitter_contact_name text not null,
  submitter_phone char(10) not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  unique (org_id, name)
);

alter table payers
  add column receiver_id uuid,
  add foreign key (org_id, receiver_id) references receivers (org_id, id);

-- 2000B SBR05 when Medicare pays after another payer: why Medicare is secondary (MSP type).
alter table coverages add column medicare_secondary_type char(2)
  check (medicare_secondary_type in ('12', '13', '14', '15', '16', '41', '42', '43', '47'));

-- Why an unsent next-payer claim no longer matches its primary's adjudication (a corrected or
-- reversed primary); it stays a draft until the primary's new 835 rebuilds it.
alter table claims add column stale_reason text;

-- Money on the patient's account not yet applied to a service line (a copay taken at check-in
-- before the visit is coded): such entries belong to the account instead of a line, and an
-- `application` entry moves the credit onto a line when its charge arrives.
alter table ledger_entries
  alter column service_line_id drop not null,
  add column account_patient_id uuid,
  add constraint ledger_entries_one_place
    check ((service_line_id is null) <> (account_patient_id is null)),
  add foreign key (org_id, account_patient_id) references patients (org_id, id);
alter table ledger_entries drop constraint ledger_entries_kind_check;
alter table ledger_entries add constraint ledger_entries_kind_check check (kind in (
  'charge', 'payment', 'adjustment', 'transfer', 'refund', 'reversal', 'application'
));
create index ledger_entries_account_idx on ledger_entries (org_id, account_patient_id, seq)
  where account_patient_id is not null;
