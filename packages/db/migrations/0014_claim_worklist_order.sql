-- The claims worklist (and GET /claims) lists claims newest date of service first, then by claim
-- number. In that order, a page is read from the index: the first page of 10,000 claims reads its
-- 200 rows, not all of them sorted.
create index claims_worklist_order_idx on claims (org_id, service_date_from desc, claim_number);
