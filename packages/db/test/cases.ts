import type { SqlParam } from '../src/database.ts';

/** One table row per type: the same SQL must give the same JS value on every engine. */
export const typeCases: readonly {
  type: string;
  sql: string;
  params?: SqlParam[];
  expected: unknown;
}[] = [
  {
    type: 'int8 param',
    sql: 'select $1::int8 as v',
    params: [123_456_789_012],
    expected: 123_456_789_012,
  },
  { type: 'int8 from bigint', sql: 'select $1::int8 as v', params: [42n], expected: 42 },
  {
    type: 'int8 max safe',
    sql: 'select 9007199254740991::int8 as v',
    expected: Number.MAX_SAFE_INTEGER,
  },
  {
    type: 'int8 min safe',
    sql: 'select -9007199254740991::int8 as v',
    expected: Number.MIN_SAFE_INTEGER,
  },
  { type: 'count(*)', sql: 'select count(*) as v from generate_series(1, 3)', expected: 3 },
  {
    type: 'sum(int8) is numeric',
    sql: 'select sum(x) as v from (values (1::int8), (2)) t(x)',
    expected: '3',
  },
  { type: 'int4', sql: 'select $1::int4 as v', params: [-7], expected: -7 },
  { type: 'numeric', sql: 'select $1::numeric(8,2) as v', params: ['12.3'], expected: '12.30' },
  { type: 'float8', sql: 'select $1::float8 as v', params: [1.5], expected: 1.5 },
  { type: 'float8 NaN', sql: "select 'NaN'::float8 as v", expected: Number.NaN },
  {
    type: 'bool',
    sql: 'select $1::bool as v, $2::bool as w',
    params: [true, false],
    expected: true,
  },
  { type: 'text', sql: 'select $1::text as v', params: ['Ünïcode ✓'], expected: 'Ünïcode ✓' },
  { type: 'null', sql: 'select $1::text as v', params: [null], expected: null },
  { type: 'date', sql: 'select $1::date as v', params: ['2025-01-31'], expected: '2025-01-31' },
  { type: 'date, year 99', sql: "select '0099-12-31'::date as v", expected: '0099-12-31' },
  { type: 'date arithmetic', sql: "select '2024-02-28'::date + 1 as v", expected: '2024-02-29' },
  {
    type: 'timestamptz',
    sql: "select '2025-01-31 23:30:00-05'::timestamptz as v",
    expected: new Date('2025-02-01T04:30:00.000Z'),
  },
  {
    type: 'timestamptz param',
    sql: 'select $1::timestamptz as v',
    params: [new Date('2025-03-04T05:06:07.089Z')],
    expected: new Date('2025-03-04T05:06:07.089Z'),
  },
  {
    type: 'timestamptz microseconds',
    sql: "select '2025-01-01 00:00:00.123987+00'::timestamptz as v",
    expected: new Date('2025-01-01T00:00:00.123Z'),
  },
  {
    type: 'timestamptz year 50',
    sql: "select '0050-06-01 12:00:00+00'::timestamptz as v",
    expected: new Date('0050-06-01T12:00:00.000Z'),
  },
  {
    type: 'timestamp (no zone) stays text',
    sql: "select '2025-01-31 10:00:00'::timestamp as v",
    expected: '2025-01-31 10:00:00',
  },
  { type: 'interval stays text', sql: "select '26 hours'::interval as v", expected: '26:00:00' },
  {
    type: 'jsonb',
    sql: 'select $1::jsonb as v',
    params: [{ a: 1, b: ['x', null] }],
    expected: { a: 1, b: ['x', null] },
  },
  {
    type: 'json array',
    sql: 'select $1::json as v',
    params: [JSON.stringify([1, 'two'])],
    expected: [1, 'two'],
  },
  {
    type: 'uuid',
    sql: "select '6f1c7a2e-8a59-4c44-9a0d-3f0e2b8d1c55'::uuid as v",
    expected: '6f1c7a2e-8a59-4c44-9a0d-3f0e2b8d1c55',
  },
  { type: 'bytea', sql: "select '\\x01ff'::bytea as v", expected: new Uint8Array([1, 255]) },
  {
    type: 'text[]',
    sql: 'select $1::text[] as v',
    params: [['a', 'b c', 'say "hi"', 'back\\slash', '', 'NULL', '{}', 'x,y']],
    expected: ['a', 'b c', 'say "hi"', 'back\\slash', '', 'NULL', '{}', 'x,y'],
  },
  { type: 'empty text[]', sql: "select '{}'::text[] as v", expected: [] },
  { type: 'int8[]', sql: 'select $1::int8[] as v', params: [[1, 2, 3]], expected: [1, 2, 3] },
  {
    type: 'int4[] with null',
    sql: 'select array[1, null, 3]::int4[] as v',
    expected: [1, null, 3],
  },
  {
    type: 'date[]',
    sql: "select array['2025-01-01', '2025-12-31']::date[] as v",
    expected: ['2025-01-01', '2025-12-31'],
  },
  {
    type: 'int4[][]',
    sql: 'select array[[1, 2], [3, 4]] as v',
    expected: [
      [1, 2],
      [3, 4],
    ],
  },
  { type: 'varchar[] bounds', sql: "select '[0:1]={a,b}'::varchar[] as v", expected: ['a', 'b'] },
];

/** Tables the database suite works on. */
export const fixtureSchema = `
        create table payer (id int primary key, name text not null unique);
        create table claim (
          id int primary key,
          payer_id int not null references payer (id),
          charge_cents int8 not null check (charge_cents >= 0),
          date_of_service date not null
        );
        create table note (id int primary key, parent_id int references note (id) deferrable initially deferred);
      
  insert into payer (id, name) values (1, 'Acme Health');
`;

/** Failing statements (against {@link fixtureSchema}) and what their error must carry. */
export const errorCases: readonly {
  what: string;
  code: string;
  sql: string;
  constraint?: string;
  column?: string;
}[] = [
  {
    what: 'unique violation',
    code: '23505',
    sql: "insert into payer (id, name) values (2, 'Acme Health')",
    constraint: 'payer_name_key',
  },
  {
    what: 'foreign key violation',
    code: '23503',
    sql: "insert into claim values (2, 404, 100, '2025-01-01')",
    constraint: 'claim_payer_id_fkey',
  },
  {
    what: 'not-null violation',
    code: '23502',
    sql: 'insert into payer (id) values (3)',
    column: 'name',
  },
  {
    what: 'check violation',
    code: '23514',
    sql: "insert into claim values (3, 1, -1, '2025-01-01')",
    constraint: 'claim_charge_cents_check',
  },
  { what: 'undefined table', code: '42P01', sql: 'select * from no_such_table' },
  { what: 'several statements in one query', code: '42601', sql: 'select 1; select 2' },
  { what: 'invalid date', code: '22008', sql: "select '2025-02-30'::date" },
];
