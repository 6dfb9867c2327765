-- Claims after the first adjudication: corrected (frequency 7) and void (8) versions that keep
-- the claim they replace, and secondary claims that carry the earlier payer's adjudication.

-- The version this claim replaces (7/8), and the claim whose payer adjudicated before this one
-- (a secondary claim's primary). A claim is replaced at most once: two corrections of the same
-- version at the same moment cannot both land.
alter table claims
  add column previous_version_id uuid,
  add column prior_payer_claim_id uuid,
  add foreign key (org_id, previous_version_id) references claims (org_id, id),
  add foreign key (org_id, prior_payer_claim_id) references claims (org_id, id);

create unique index claims_one_next_version_idx on claims (org_id, previous_version_id)
  where previous_version_id is not null;
-- One secondary claim per earlier claim and coverage (its later versions point at it instead).
create unique index claims_one_cob_claim_idx on claims (org_id, prior_payer_claim_id, coverage_id)
  where prior_payer_claim_id is not null and previous_version_id is null;

-- What a corrected claim bills for a line when it differs from the encounter's service line
-- (null: as the service line). The encounter stays as coded; each claim version keeps what it sent.
alter table claim_lines
  add column procedure_code text,
  add column modifiers text[],
  add column units numeric(10, 3),
  add column charge_cents bigint check (charge_cents >= 0);

-- A further charge on a line that already has one: a corrected claim raising the line's charge.
alter table ledger_entries add column supplement boolean not null default false;

-- The earlier payers' adjudication a secondary or tertiary claim carries (837P 2320/2330B/2430),
-- copied from their 835 when it was posted. Append-only: a new version copies it anew.
create table claim_prior_payers (
  org_id uuid not null,
  claim_id uuid not null,
  -- 1 for the primary payer's adjudication, 2 for the secondary's (on a tertiary claim).
  position smallint not null check (position between 1 and 10),
  prior_claim_id uuid not null,
  coverage_id uuid not null,
  responsibility char(1) not null check (responsibility in ('P', 'S', 'T')),
  adjudicated_on date not null,
  paid_cents bigint not null,
  -- 835 CLP05: what the payer left to the patient (837P 2320 AMT*EAF).
  patient_responsibility_cents bigint not null,
  -- [{ "group": "CO", "reason": "45", "amount": 1234 }] (2320 CAS)
  claim_adjustments jsonb not null,
  -- [{ "sequence": 1, "procedureCode": "99213", "modifiers": [], "units": 1, "paid": 8000,
  --    "adjustments": [...] }] (2430 SVD/CAS), per line of the claim that carries it.
  lines jsonb not null,
  remittance_file_id uuid,
  primary key (org_id, claim_id, position),
  foreign key (org_id, claim_id) references claims (org_id, id),
  foreign key (org_id, prior_claim_id) references claims (org_id, id),
  foreign key (org_id, coverage_id) references coverages (org_id, id),
  foreign key (org_id, remittance_file_id) references remittance_files (org_id, id)
);

create trigger claim_prior_payers_append_only before update or delete on claim_prior_payers
  for each row execute function refuse_change();
