-- Claims as their own entity, with their history, and the append-only ledger.

create sequence claim_number_seq start 1;

create table claims (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  -- The patient control number sent as CLM01 and echoed back in 835 CLP01 / 277CA.
  claim_number text not null,
  patient_id uuid not null,
  coverage_id uuid not null,
  payer_id uuid not null,
  practice_id uuid not null,
  rendering_provider_id uuid not null,
  place_of_service char(2) not null,
  status text not null check (status in ('draft', 'ready', 'in_batch', 'submitted', 'accepted', 'rejected',
    'paid', 'partially_paid', 'denied', 'closed', 'void')),
  version integer not null default 1 check (version >= 1),
  frequency char(1) not null default '1' check (frequency in ('1', '7', '8')),
  payer_claim_number text,
  service_date_from date not null,
  service_date_to date not null check (service_date_to >= service_date_from),
  diagnoses text[] not null check (cardinality(diagnoses) between 1 and 12),
  total_charge_cents bigint not null check (total_charge_cents >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  unique (org_id, claim_number),
  foreign key (org_id, patient_id) references patients (org_id, id),
  foreign key (org_id, coverage_id) references coverages (org_id, id),
  foreign key (org_id, payer_id) references payers (org_id, id),
  foreign key (org_id, practice_id) references practices (org_id, id),
  foreign key (org_id, rendering_provider_id) references providers (org_id, id)
);

create index claims_status_idx on claims (org_id, status, service_date_from);
create index claims_patient_idx on claims (org_id, patient_id);

create table claim_lines (
  org_id uuid not null,
  claim_id uuid not null,
  sequence smallint not null check (sequence between 1 and 50),
  service_line_id uuid not null,
  encounter_id uuid not null,
  -- Sent in 2400 REF*6R and echoed in 835 REF*6R, so that payments find their line.
  control_number text not null,
  diagnosis_pointers smallint[] not null check (cardinality(diagnosis_pointers) between 1 and 4),
  primary key (org_id, claim_id, sequence),
  unique (org_id, control_number),
  foreign key (org_id, claim_id) references claims (org_id, id),
  foreign key (org_id, service_line_id) references service_lines (org_id, id),
  foreign key (org_id, encounter_id) references encounters (org_id, id)
);

create index claim_lines_service_line_idx on claim_lines (org_id, service_line_id);

-- Who moved a claim, when, from what to what, and why. Append-only.
create table claim_events (
  org_id uuid not null,
  id bigint generated always as identity,
  claim_id uuid not null,
  at timestamptz not null default now(),
  actor_id text not null,
  from_status text,
  to_status text not null,
  reason text not null,
  primary key (org_id, id),
  foreign key (org_id, claim_id) references claims (org_id, id)
);

create index claim_events_claim_idx on claim_events (org_id, claim_id, id);

-- Every dollar, per service line and responsible party. Never updated or deleted: a correction
-- is a reversal entry. Balances are sums over this table.
create table ledger_entries (
  org_id uuid not null,
  id text not null,
  seq bigint generated always as identity,
  service_line_id uuid not null,
  kind text not null check (kind in ('charge', 'payment', 'adjustment', 'transfer', 'refund', 'reversal')),
  amount_cents bigint not null check (amount_cents > 0),
  party_kind text check (party_kind in ('payer', 'patient')),
  party_coverage_id uuid,
  to_party_kind text check (to_party_kind in ('payer', 'patient')),
  to_party_coverage_id uuid,
  adjustment_group varchar(2) check (adjustment_group in ('CO', 'PR', 'OA', 'PI', 'CR')),
  reason text,
  overpayment boolean not null default false,
  reverses text,
  posted_on date not null,
  source text not null,
  actor_id text not null,
  created_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, service_line_id) references service_lines (org_id, id),
  foreign key (org_id, reverses) references ledger_entries (org_id, id),
  unique (org_id, reverses)
);

create index ledger_entries_line_idx on ledger_entries (org_id, service_line_id, seq);

create trigger ledger_entries_append_only before update or delete on ledger_entries
  for each row execute function refuse_change();
create trigger claim_events_append_only before update or delete on claim_events
  for each row execute function refuse_change();
