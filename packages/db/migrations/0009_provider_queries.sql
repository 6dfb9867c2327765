-- A coder's question to the rendering provider about an encounter's documentation. The encounter
-- is held (status on_hold) until every question on it is answered, then returns to the status it
-- had before.

create table provider_queries (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  seq bigint generated always as identity,
  encounter_id uuid not null,
  provider_id uuid not null,
  question text not null check (length(question) between 1 and 4000),
  asked_by text not null,
  asked_at timestamptz not null default now(),
  status_before_hold text not null check (status_before_hold in ('open', 'coded')),
  answer text check (length(answer) between 1 and 4000),
  answered_by text,
  answered_at timestamptz,
  primary key (org_id, id),
  foreign key (org_id, encounter_id) references encounters (org_id, id),
  foreign key (org_id, provider_id) references providers (org_id, id),
  check ((answer is null) = (answered_at is null) and (answer is null) = (answered_by is null))
);

create index provider_queries_open_idx on provider_queries (org_id, provider_id, answered_at, seq);
create index provider_queries_encounter_idx on provider_queries (org_id, encounter_id);
