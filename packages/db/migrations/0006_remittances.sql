-- Remittances (835) as imported, what each claim payment matched, provider-level adjustments,
-- and the worklists that collect what a person must look at.

create table remittance_files (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  sha256 char(64) not null,
  file_name text not null,
  file_text text not null,
  payer_name text not null,
  payment_cents bigint not null,
  trace_numbers text[] not null,
  imported_at timestamptz not null default now(),
  imported_by text not null,
  primary key (org_id, id),
  -- The same file twice changes nothing: the second import finds this row.
  unique (org_id, sha256)
);

create table remittance_claims (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  file_id uuid not null,
  position integer not null,
  patient_control_number text not null,
  status_code text not null,
  charge_cents bigint not null,
  paid_cents bigint not null,
  payer_claim_number text,
  claim_id uuid,
  primary key (org_id, id),
  unique (org_id, file_id, position),
  foreign key (org_id, file_id) references remittance_files (org_id, id),
  foreign key (org_id, claim_id) references claims (org_id, id)
);

create index remittance_claims_claim_idx on remittance_claims (org_id, claim_id);

create table provider_adjustments (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  file_id uuid not null,
  provider_id text not null,
  reason text not null,
  reference text,
  amount_cents bigint not null,
  primary key (org_id, id),
  foreign key (org_id, file_id) references remittance_files (org_id, id)
);

-- One table for every worklist (denials, unmatched remittance items, rejections, follow-up…):
-- what to look at, why, and where it stands.
create table worklist_items (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  seq bigint generated always as identity,
  kind text not null check (kind in ('denial', 'unmatched_remittance', 'rejection', 'follow_up', 'credit_balance')),
  claim_id uuid,
  service_line_id uuid,
  source text not null,
  summary text not null,
  detail jsonb not null default '{}',
  amount_cents bigint,
  status text not null default 'open' check (status in ('open', 'resolved')),
  assigned_to text,
  created_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, claim_id) references claims (org_id, id)
);

create index worklist_items_open_idx on worklist_items (org_id, kind, status, created_at);

-- What people did with a worklist item (assigned, noted, resolved): append-only history.
create table worklist_notes (
  org_id uuid not null,
  id bigint generated always as identity,
  item_id uuid not null,
  at timestamptz not null default now(),
  actor_id text not null,
  action text not null check (action in ('assign', 'note', 'resolve', 'reopen')),
  text text not null,
  primary key (org_id, id),
  foreign key (org_id, item_id) references worklist_items (org_id, id)
);

create trigger worklist_notes_append_only before update or delete on worklist_notes
  for each row execute function refuse_change();

create trigger remittance_files_append_only before update or delete on remittance_files
  for each row execute function refuse_change();
