-- Official code sets are reference data shared by every organization: no org_id here.
-- Each import keeps the release files it read (gzip-compressed, by SHA-256 of the original) so
-- that importing them again changes nothing and a later release is added to the earlier ones;
-- the loaded code sets are kept as one compact snapshot that servers load at start.

create table code_set_files (
  sha256 char(64) primary key,
  name text not null,
  kind text not null,
  byte_size bigint not null,
  gzipped bytea not null,
  imported_at timestamptz not null default now()
);

create table code_set_snapshots (
  id bigint generated always as identity primary key,
  created_at timestamptz not null default now(),
  sha256 char(64) not null unique,
  byte_size bigint not null,
  summary jsonb not null,
  bytes bytea not null
);
