-- Claim interest as the 835 reports it (2100 AMT*I): shown with the claim payment, never posted
-- to a line. Each provider-level adjustment's place in its file, and the claim its reference
-- (PLB03-2) names when medbill knows it (a recoupment or a forwarding balance, for one).
alter table remittance_claims add column interest_cents bigint;

alter table provider_adjustments add column position integer;
alter table provider_adjustments add column claim_id uuid;
alter table provider_adjustments
  add foreign key (org_id, claim_id) references claims (org_id, id);
