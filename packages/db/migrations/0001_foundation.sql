-- medbill foundation schema.
-- Every tenant table is keyed by org_id first (primary key and foreign keys), so that a row can
-- never reference another tenant's row and the schema can be distributed by tenant (Citus).
-- Money is integer cents in bigint; dates of service and birth are `date`; events are timestamptz.

create table organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 60),
  slug text not null unique check (slug ~ '^[a-z0-9-]{1,40}$'),
  created_at timestamptz not null default now()
);

create table practices (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  npi char(10) not null,
  tin_kind text not null check (tin_kind in ('EIN', 'SSN')),
  tin char(9) not null,
  taxonomy char(10) not null,
  address_line1 text not null,
  address_line2 text,
  address_city text not null,
  address_state char(2) not null,
  address_zip varchar(9) not null,
  pay_to_line1 text,
  pay_to_line2 text,
  pay_to_city text,
  pay_to_state char(2),
  pay_to_zip varchar(9),
  phone char(10),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  unique (org_id, npi)
);

create table providers (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  practice_id uuid,
  last_name text not null,
  first_name text not null,
  middle_name text,
  suffix text,
  credential text,
  npi char(10) not null,
  taxonomy char(10),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  unique (org_id, npi),
  foreign key (org_id, practice_id) references practices (org_id, id)
);

create table facilities (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  npi char(10),
  address_line1 text not null,
  address_line2 text,
  address_city text not null,
  address_state char(2) not null,
  address_zip varchar(9) not null,
  place_of_service char(2),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id)
);

create table payers (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  payer_id text not null,
  claim_filing_indicator varchar(2) not null,
  timely_filing_days integer not null check (timely_filing_days between 1 and 3650),
  claim_form text not null check (claim_form in ('electronic', 'paper')),
  address_line1 text,
  address_line2 text,
  address_city text,
  address_state char(2),
  address_zip varchar(9),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  unique (org_id, payer_id)
);

create table fee_schedules (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  effective_from date not null,
  effective_to date check (effective_to is null or effective_to >= effective_from),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id)
);

create table fee_schedule_entries (
  org_id uuid not null,
  fee_schedule_id uuid not null,
  procedure_code varchar(5) not null,
  modifier varchar(2) not null default '',
  amount_cents bigint not null check (amount_cents >= 0),
  primary key (org_id, fee_schedule_id, procedure_code, modifier),
  foreign key (org_id, fee_schedule_id) references fee_schedules (org_id, id) on delete cascade
);

create table patients (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  account_number text not null,
  last_name text not null,
  first_name text not null,
  middle_name text,
  suffix text,
  date_of_birth date not null,
  sex char(1) not null check (sex in ('M', 'F', 'U')),
  address_line1 text not null,
  address_line2 text,
  address_city text not null,
  address_state char(2) not null,
  address_zip varchar(9) not null,
  phone char(10),
  email text,
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  unique (org_id, account_number)
);

create index patients_name_idx on patients (org_id, lower(last_name), lower(first_name));
create index patients_dob_idx on patients (org_id, date_of_birth);

create sequence patient_account_seq start 100001;

create table guarantors (
  org_id uuid not null,
  patient_id uuid not null,
  relationship text not null check (relationship in ('self', 'parent', 'spouse', 'guardian', 'other')),
  last_name text,
  first_name text,
  date_of_birth date,
  address_line1 text,
  address_line2 text,
  address_city text,
  address_state char(2),
  address_zip varchar(9),
  phone char(10),
  updated_at timestamptz not null default now(),
  primary key (org_id, patient_id),
  foreign key (org_id, patient_id) references patients (org_id, id),
  check (relationship = 'self' or (last_name is not null and first_name is not null and address_line1 is not null))
);

create table coverages (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  patient_id uuid not null,
  payer_id uuid not null,
  coverage_order text not null check (coverage_order in ('primary', 'secondary', 'tertiary')),
  member_id text not null,
  group_number text,
  plan_name text,
  relationship varchar(2) not null,
  subscriber_last_name text,
  subscriber_first_name text,
  subscriber_middle_name text,
  subscriber_suffix text,
  subscriber_date_of_birth date,
  subscriber_sex char(1) check (subscriber_sex in ('M', 'F', 'U')),
  subscriber_address_line1 text,
  subscriber_address_line2 text,
  subscriber_address_city text,
  subscriber_address_state char(2),
  subscriber_address_zip varchar(9),
  subscriber_phone char(10),
  effective_from date not null,
  effective_to date check (effective_to is null or effective_to >= effective_from),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, patient_id) references patients (org_id, id),
  foreign key (org_id, payer_id) references payers (org_id, id),
  check ((relationship = '18') = (subscriber_last_name is null))
);

create index coverages_patient_idx on coverages (org_id, patient_id);
create index coverages_member_idx on coverages (org_id, upper(member_id));

create table encounters (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  patient_id uuid not null,
  practice_id uuid not null,
  rendering_provider_id uuid not null,
  referring_provider_id uuid,
  supervising_provider_id uuid,
  facility_id uuid,
  place_of_service char(2) not null,
  service_date_from date not null,
  service_date_to date not null check (service_date_to >= service_date_from),
  documentation text not null default '',
  status text not null default 'open' check (status in ('open', 'coded', 'on_hold', 'billed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, patient_id) references patients (org_id, id),
  foreign key (org_id, practice_id) references practices (org_id, id),
  foreign key (org_id, rendering_provider_id) references providers (org_id, id),
  foreign key (org_id, referring_provider_id) references providers (org_id, id),
  foreign key (org_id, supervising_provider_id) references providers (org_id, id),
  foreign key (org_id, facility_id) references facilities (org_id, id)
);

create index encounters_patient_idx on encounters (org_id, patient_id, service_date_from);
create index encounters_date_idx on encounters (org_id, service_date_from);

create table encounter_diagnoses (
  org_id uuid not null,
  encounter_id uuid not null,
  sequence smallint not null check (sequence between 1 and 12),
  icd10cm varchar(7) not null,
  primary key (org_id, encounter_id, sequence),
  unique (org_id, encounter_id, icd10cm),
  foreign key (org_id, encounter_id) references encounters (org_id, id) on delete cascade
);

create table service_lines (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  encounter_id uuid not null,
  sequence smallint not null check (sequence >= 1),
  procedure_system text not null check (procedure_system in ('cpt', 'hcpcs')),
  procedure_code varchar(5) not null,
  modifiers text[] not null default '{}' check (cardinality(modifiers) <= 4),
  units numeric(8, 3) not null check (units > 0),
  charge_cents bigint not null check (charge_cents >= 0),
  diagnosis_pointers smallint[] not null check (cardinality(diagnosis_pointers) between 1 and 4),
  service_date date not null,
  ndc_code char(11),
  ndc_quantity numeric(12, 3),
  ndc_unit varchar(2),
  primary key (org_id, id),
  unique (org_id, encounter_id, sequence),
  foreign key (org_id, encounter_id) references encounters (org_id, id) on delete cascade
);

-- Who read or changed patient data, and from where. Append-only: the trigger below refuses
-- updates and deletes. (Hash chaining arrives with the workspace's security layer.)
create table audit_log (
  org_id uuid not null,
  id bigint generated always as identity,
  at timestamptz not null default now(),
  actor_id text not null,
  action text not null,
  entity text not null,
  entity_id text,
  patient_id uuid,
  request_id text,
  ip text,
  primary key (org_id, id)
);

create index audit_log_patient_idx on audit_log (org_id, patient_id, at);

-- Shared by every append-only table (audit log, ledger, claim history, sent files…).
create function refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger audit_log_append_only
  before update or delete on audit_log
  for each row execute function refuse_change();
