-- The date of service a corrected claim bills for a line when it differs from the encounter's
-- (null: the service line's own date), as its code, units and charge may differ: a claim sent
-- with the wrong date is corrected (frequency 7) while the encounter stays as it was entered.
alter table claim_lines add column service_date date;
