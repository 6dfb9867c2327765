-- A facility bill's condition codes (UB-04 FL 18-28; 837I HI BG), in FL order, and value codes
-- with their amounts in cents (FL 39-41; 837I HI BE): [{"code": "A1", "amount": 14000}, ...].
alter table facility_bills
  add column condition_codes text[] not null default '{}',
  add column value_codes jsonb not null default '[]';

-- A corrected facility claim's facts are complete: the versions billed so far had neither.
update claims
  set facility_facts = facility_facts || '{"conditionCodes": [], "valueCodes": []}'::jsonb
  where facility_facts is not null;
