-- Money a patient hands over or gets back, as a receipt: the ledger holds how it was applied to
-- service lines; this table holds the receipt itself, once (a retried request finds its key).

create table patient_receipts (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  patient_id uuid not null,
  kind text not null check (kind in ('payment', 'refund')),
  amount_cents bigint not null check (amount_cents > 0),
  method text not null check (method in ('cash', 'check', 'card', 'eft', 'other')),
  reference text check (length(reference) <= 60),
  received_on date not null,
  idempotency_key text not null check (length(idempotency_key) between 8 and 100),
  credit_cents bigint not null default 0 check (credit_cents >= 0),
  recorded_by text not null,
  created_at timestamptz not null default now(),
  primary key (org_id, id),
  unique (org_id, idempotency_key),
  foreign key (org_id, patient_id) references patients (org_id, id)
);

create index patient_receipts_patient_idx on patient_receipts (org_id, patient_id, created_at);

create trigger patient_receipts_append_only before update or delete on patient_receipts
  for each row execute function refuse_change();
