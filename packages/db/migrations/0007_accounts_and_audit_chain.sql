-- Accounts, sign-in sessions, and a hash chain over the audit log.

create table users (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  email text not null check (email = lower(email) and email like '%_@_%'),
  name text not null check (length(name) between 1 and 100),
  roles text[] not null check (
    cardinality(roles) > 0
    and roles <@ array['admin', 'manager', 'biller', 'coder', 'front_desk', 'provider']
  ),
  -- The provider a `provider` account signs for (their own encounters and queries).
  provider_id uuid,
  password_hash text not null,
  totp_secret text,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, provider_id) references providers (org_id, id)
);

-- Sign-in is by email alone, so an address belongs to one account across organizations.
create unique index users_email_key on users (email);

-- The cookie carries a random token; only its SHA-256 is kept, so a copy of this table signs
-- nobody in.
create table sessions (
  token_hash char(64) primary key,
  org_id uuid not null,
  user_id uuid not null,
  csrf_token text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  ip text,
  foreign key (org_id, user_id) references users (org_id, id) on delete cascade
);

create index sessions_user_idx on sessions (org_id, user_id);

-- Every audit row carries the SHA-256 of its predecessor's hash and its own fields, per
-- organization, in `chain_seq` order: an edited, inserted or deleted row breaks the chain.
-- Fields are length-prefixed (or '-' for null) so that no two rows serialize alike.
alter table audit_log
  add column chain_seq bigint,
  add column prev_hash char(64),
  add column hash char(64);

create function audit_field(v text) returns text
  language sql immutable
  as $$ select case when v is null then '-' else length(v)::text || ':' || v end $$;

create function audit_row_text(r audit_log) returns text
  language sql stable
  as $$
    select r.prev_hash || '|' || r.chain_seq::text || '|' || r.org_id::text || '|'
      || to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|'
      || audit_field(r.actor_id) || '|' || audit_field(r.action) || '|' || audit_field(r.entity)
      || '|' || audit_field(r.entity_id) || '|' || audit_field(r.patient_id::text) || '|'
      || audit_field(r.request_id) || '|' || audit_field(r.ip)
  $$;

create function audit_chain() returns trigger language plpgsql as $$
declare
  previous record;
begin
  -- One writer per organization at a time, held to commit, so the chain has no forks.
  perform pg_advisory_xact_lock(hashtextextended('audit_log:' || new.org_id::text, 0));
  select chain_seq, hash into previous
    from audit_log where org_id = new.org_id order by chain_seq desc limit 1;
  new.chain_seq := coalesce(previous.chain_seq, 0) + 1;
  new.prev_hash := coalesce(previous.hash, repeat('0', 64));
  new.hash := encode(sha256(convert_to(audit_row_text(new), 'UTF8')), 'hex');
  return new;
end;
$$;

-- Rows written before this migration join the chain in the order they were written.
alter table audit_log disable trigger audit_log_append_only;
do $$
declare
  r audit_log;
  last_org uuid := null;
  seq bigint := 0;
  prev char(64);
begin
  for r in select * from audit_log order by org_id, id loop
    if last_org is distinct from r.org_id then
      last_org := r.org_id;
      seq := 0;
      prev := repeat('0', 64);
    end if;
    seq := seq + 1;
    r.chain_seq := seq;
    r.prev_hash := prev;
    r.hash := encode(sha256(convert_to(audit_row_text(r), 'UTF8')), 'hex');
    update audit_log set chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash
      where org_id = r.org_id and id = r.id;
    prev := r.hash;
  end loop;
end;
$$;
alter table audit_log enable trigger audit_log_append_only;

alter table audit_log
  alter column chain_seq set not null,
  alter column prev_hash set not null,
  alter column hash set not null;

create unique index audit_log_chain_idx on audit_log (org_id, chain_seq);

create trigger audit_log_chain
  before insert on audit_log
  for each row execute function audit_chain();
