-- The UB-04 facts a corrected facility claim (type of bill xx7) bills instead of its facility
-- bill's, which stays as first billed: statement period, admission, discharge hour, patient
-- status, diagnoses with POA, ICD-10-PCS procedures, occurrences and the operating physician,
-- complete (as a facility bill's fields, camelCase). Null: the claim bills its bill's facts.
-- A later version (a correction of a correction, a void) starts from the version's facts.
alter table claims add column facility_facts jsonb
  check (facility_facts is null or (kind = 'institutional' and jsonb_typeof(facility_facts) = 'object'));
