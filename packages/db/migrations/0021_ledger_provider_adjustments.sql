-- An 835's provider-level adjustments (PLB) reach the ledger: each is a `provider_adjustment`
-- entry on the payer's account (a third place money can sit, besides a service line and a
-- patient's account), with its PLB03-1 reason, its PLB03-2 reference and whether the payer
-- withheld it from the deposit or added it. It moves no line balance; it makes the ledger's money
-- from a remittance equal its deposit (BPR02). The table stays append-only.
alter table ledger_entries
  add column payer_account_id uuid,
  add column direction text check (direction in ('withheld', 'added')),
  add column reference text,
  add foreign key (org_id, payer_account_id) references payers (org_id, id),
  drop constraint ledger_entries_one_place,
  add constraint ledger_entries_one_place
    check (num_nonnulls(service_line_id, account_patient_id, payer_account_id) = 1),
  add constraint ledger_entries_direction_of_kind
    check ((kind = 'provider_adjustment') = (direction is not null));
alter table ledger_entries drop constraint ledger_entries_kind_check;
alter table ledger_entries add constraint ledger_entries_kind_check check (kind in (
  'charge', 'payment', 'adjustment', 'transfer', 'refund', 'reversal', 'application',
  'provider_adjustment'
));
create index ledger_entries_payer_account_idx on ledger_entries (org_id, payer_account_id, seq)
  where payer_account_id is not null;
