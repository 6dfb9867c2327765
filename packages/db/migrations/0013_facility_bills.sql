-- Facility bills (UB-04): an institutional encounter billed as an 837I claim. It is a kind of
-- encounter, so that its revenue-code lines are service lines: claims, the ledger, scrub findings
-- and 835 posting reach them as they reach a professional visit's lines.

-- An institutional encounter keeps in its common columns: the attending provider as rendering
-- provider, the facility type (type of bill, first two digits; 837I CLM05-1) as place of service,
-- and the statement covers period as its service dates.
alter table encounters add column kind text not null default 'professional'
  check (kind in ('professional', 'institutional'));

-- What only a facility bill carries (UB-04 FL 4 frequency, 12-17, 69; 837I CLM05-3, DTP, CL1).
create table facility_bills (
  org_id uuid not null,
  encounter_id uuid not null,
  frequency char(1) not null check (frequency in ('0', '1', '2', '3', '4', '5')),
  admission_date date,
  admission_hour char(4) check (admission_hour ~ '^([01][0-9]|2[0-3])[0-5][0-9]$'),
  admission_type char(1),
  point_of_origin char(1),
  discharge_hour char(4) check (discharge_hour ~ '^([01][0-9]|2[0-3])[0-5][0-9]$'),
  patient_status char(2) not null,
  operating_provider_id uuid,
  admitting_diagnosis varchar(7),
  primary key (org_id, encounter_id),
  foreign key (org_id, encounter_id) references encounters (org_id, id) on delete cascade,
  foreign key (org_id, operating_provider_id) references providers (org_id, id)
);

-- Present on admission (837I HI0n-9): Y, N, U, W, or null when the code is exempt. A facility
-- bill lists a principal diagnosis and up to 24 others (two HI ABF segments).
alter table encounter_diagnoses
  add column present_on_admission char(1) check (present_on_admission in ('Y', 'N', 'U', 'W')),
  drop constraint encounter_diagnoses_sequence_check,
  add constraint encounter_diagnoses_sequence_check check (sequence between 1 and 25);

-- ICD-10-PCS procedures of a facility bill (FL 74; 837I HI BBR/BBQ): sequence 1 is principal.
create table encounter_procedures (
  org_id uuid not null,
  encounter_id uuid not null,
  sequence smallint not null check (sequence between 1 and 25),
  icd10pcs char(7) not null,
  performed_on date not null,
  primary key (org_id, encounter_id, sequence),
  foreign key (org_id, encounter_id) references encounters (org_id, id) on delete cascade
);

-- A revenue-code line (FL 42-47; 837I SV2): the revenue code, a HCPCS code only when the service
-- has one, units or days, no diagnosis pointers (an 837I line points at none).
alter table service_lines
  add column revenue_code char(4) check (revenue_code ~ '^[0-9]{4}$'),
  add column unit_basis char(2) check (unit_basis in ('UN', 'DA')),
  alter column procedure_system drop not null,
  alter column procedure_code drop not null,
  drop constraint service_lines_diagnosis_pointers_check,
  add constraint service_lines_diagnosis_pointers_check check (
    cardinality(diagnosis_pointers) <= 4
    and (revenue_code is not null or cardinality(diagnosis_pointers) >= 1)),
  add constraint service_lines_code_check check (
    (procedure_code is null) = (procedure_system is null)
    and (procedure_code is not null or revenue_code is not null)),
  add constraint service_lines_revenue_line_check check ((unit_basis is null) = (revenue_code is null));

-- A claim is professional (837P) or institutional (837I). An institutional claim's place of
-- service is its facility type (CLM05-1 in both guides), its frequency the type of bill's last
-- digit (interim bills 2-4, late charges 5), and it lists up to 37 diagnoses (principal, 24
-- others, 12 external causes).
alter table claims
  add column kind text not null default 'professional'
    check (kind in ('professional', 'institutional')),
  drop constraint claims_frequency_check,
  add constraint claims_frequency_check check (
    frequency in ('1', '7', '8')
    or (kind = 'institutional' and frequency in ('0', '2', '3', '4', '5'))),
  drop constraint claims_diagnoses_check,
  add constraint claims_diagnoses_check check (
    cardinality(diagnoses) between 1 and (case when kind = 'institutional' then 37 else 12 end));

-- An institutional claim line carries its revenue code (SV201, echoed in 835 SVC01 NU or SVC04)
-- and no pointers; an 837I claim holds up to 999 lines.
alter table claim_lines
  add column revenue_code char(4),
  drop constraint claim_lines_sequence_check,
  add constraint claim_lines_sequence_check check (sequence between 1 and 999),
  drop constraint claim_lines_diagnosis_pointers_check,
  add constraint claim_lines_diagnosis_pointers_check check (
    cardinality(diagnosis_pointers) <= 4
    and (revenue_code is not null or cardinality(diagnosis_pointers) >= 1));
