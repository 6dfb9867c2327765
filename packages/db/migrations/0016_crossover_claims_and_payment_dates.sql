-- A later payer's claim that the earlier payer forwarded itself (835 CLP02 19/20/21): sent, but
-- never in a batch of ours, it waits for that payer's 835 like a submitted claim.
alter table claims drop constraint claims_status_check;
alter table claims add constraint claims_status_check check (status in ('draft', 'ready',
  'in_batch', 'submitted', 'crossed_over', 'accepted', 'rejected', 'paid', 'partially_paid',
  'denied', 'closed', 'void'));

-- 835 BPR16: the date the check was issued or the EFT took effect (the earliest, when the file's
-- transactions differ). Files imported before this column have none.
alter table remittance_files add column payment_date date;
