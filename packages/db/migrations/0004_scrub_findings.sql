-- The scrubber's current findings per claim, one row per issue, so that worklists can filter
-- claims by rule. Replaced as a whole each time the claim is scrubbed.

create table claim_scrub_issues (
  org_id uuid not null,
  claim_id uuid not null,
  position smallint not null,
  rule_id text not null,
  category text not null,
  severity text not null check (severity in ('reject', 'deny', 'warn')),
  message text not null,
  fix text not null,
  source text not null,
  line smallint,
  field text not null,
  scrubbed_at timestamptz not null default now(),
  primary key (org_id, claim_id, position),
  foreign key (org_id, claim_id) references claims (org_id, id)
);

create index claim_scrub_issues_rule_idx on claim_scrub_issues (org_id, rule_id);

alter table claims add column scrubbed_at timestamptz;

-- Whether a person entered a line's charge (an intended override) or the fee schedule set it.
alter table service_lines add column charge_entered boolean not null default false;
