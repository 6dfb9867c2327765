-- Submission batches: the 837 files sent, kept byte for byte so that a batch is re-downloaded,
-- never silently regenerated; and the control numbers each sender has used, so that ISA13,
-- GS06 and ST02 never repeat.

create table control_counters (
  org_id uuid not null references organizations (id),
  name text not null check (name in ('interchange', 'group', 'transaction')),
  last_value bigint not null check (last_value between 0 and 999999999),
  primary key (org_id, name)
);

create table submission_batches (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  transaction_type text not null check (transaction_type in ('837P', '837I', '837D')),
  receiver_id text not null,
  receiver_name text not null,
  interchange_control_number bigint not null,
  group_control_number bigint not null,
  claim_count integer not null check (claim_count > 0),
  total_charge_cents bigint not null check (total_charge_cents >= 0),
  file_name text not null,
  file_sha256 char(64) not null,
  file_text text not null,
  created_at timestamptz not null default now(),
  created_by text not null,
  primary key (org_id, id),
  unique (org_id, interchange_control_number)
);

create table batch_claims (
  org_id uuid not null,
  batch_id uuid not null,
  claim_id uuid not null,
  claim_version integer not null,
  primary key (org_id, batch_id, claim_id),
  foreign key (org_id, batch_id) references submission_batches (org_id, id),
  foreign key (org_id, claim_id) references claims (org_id, id)
);

create trigger submission_batches_append_only before update or delete on submission_batches
  for each row execute function refuse_change();
