-- A line the payer unbundled (several 835 service lines naming it in SVC06) was paid as several
-- procedures: one row each, numbered in the order of the service lines, with what the payer paid
-- under each (SVC03). Rows written before this migration are a line's only procedure, its paid
-- amount not kept.
alter table remittance_recoded_lines add column position integer not null default 1;
alter table remittance_recoded_lines alter column position drop default;
alter table remittance_recoded_lines add column paid_cents bigint;
alter table remittance_recoded_lines drop constraint remittance_recoded_lines_pkey;
alter table remittance_recoded_lines
  add primary key (org_id, file_id, claim_position, service_line_id, position);
