-- The procedure a payer adjudicated a posted line as (835 SVC01 code and modifiers) when it is not
-- the one billed: a down-code (billed 99214, paid as 99213) the biller may appeal. Written with
-- the claim payment that posted the line, so the remittance can say so; absent for a line paid as
-- billed.
create table remittance_recoded_lines (
  org_id uuid not null,
  file_id uuid not null,
  -- The claim payment's place in its file (remittance_claims.position).
  claim_position integer not null,
  service_line_id uuid not null,
  procedure_code text not null,
  modifiers text[] not null,
  primary key (org_id, file_id, claim_position, service_line_id),
  foreign key (org_id, file_id, claim_position)
    references remittance_claims (org_id, file_id, position),
  foreign key (org_id, service_line_id) references service_lines (org_id, id)
);
