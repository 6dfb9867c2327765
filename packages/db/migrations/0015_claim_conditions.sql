-- What the patient's condition is related to (CLM11, CMS-1500 box 10) and its dates (2300
-- DTP*439 accident, DTP*431 onset, DTP*454 initial treatment; boxes 14-15). Coded on the
-- encounter, copied to each claim built from it: a corrected claim may report them differently.
alter table encounters
  add column related_causes text[] not null default '{}'
    check (related_causes <@ array['EM', 'AA', 'OA'] and cardinality(related_causes) <= 2),
  add column accident_state char(2),
  add column accident_date date,
  add column onset_date date,
  add column initial_treatment_date date;

alter table claims
  add column related_causes text[] not null default '{}'
    check (related_causes <@ array['EM', 'AA', 'OA'] and cardinality(related_causes) <= 2),
  add column accident_state char(2),
  add column accident_date date,
  add column onset_date date,
  add column initial_treatment_date date;

-- A facility bill reports accidents (and other events) as occurrence codes with their dates
-- (UB-04 FL 31-34; 837I HI BH): [{"code": "01", "date": "2026-02-27"}, ...] in FL order.
alter table facility_bills add column occurrences jsonb not null default '[]';
