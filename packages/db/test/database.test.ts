import { types as pgGlobalTypes } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, SqlParam, Transaction } from '../src/database.ts';
import { DatabaseError, isDatabaseError, sqlState } from '../src/errors.ts';
import { errorCases, fixtureSchema, typeCases } from './cases.ts';
import { databaseTargets, postgresAvailable } from './targets.ts';

describe.each(databaseTargets())('$name', (target) => {
  describe.skipIf(!target.available)('database', () => {
    let db: Database;

    beforeAll(async () => {
      db = await target.open();
      await db.exec(fixtureSchema);
    });
    afterAll(async () => {
      await db?.close();
    });

    it('reports its engine', () => {
      expect(db.kind).toBe(target.name);
    });

    describe('type round-trips', () => {
      it.each(typeCases)('$type', async ({ sql, params, expected }) => {
        const [row] = await db.query<{ v: unknown }>(sql, params);
        expect(row?.v).toStrictEqual(expected);
      });

      it('reads a bigint cents column as a number and a date column as text', async () => {
        await db.query(
          'insert into claim (id, payer_id, charge_cents, date_of_service) values ($1, 1, $2, $3)',
          [1, 9_007_199_254_740_991n, '2025-02-28'],
        );
        const rows = await db.query('select charge_cents, date_of_service from claim where id = 1');
        expect(rows).toStrictEqual([
          { charge_cents: 9_007_199_254_740_991, date_of_service: '2025-02-28' },
        ]);
      });

      it.each([
        ['9007199254740992', 'Number.MAX_SAFE_INTEGER'],
        ['9223372036854775807', 'Number.MAX_SAFE_INTEGER'],
        ['-9007199254740993', 'Number.MIN_SAFE_INTEGER'],
      ])('refuses int8 %s beyond %s with a RangeError naming it', async (value, bound) => {
        const reading = db.query(`select ${value}::int8 as v`);
        await expect(reading).rejects.toThrow(RangeError);
        await expect(reading).rejects.toThrow(`${value} is beyond ${bound}`);
        expect(await db.query('select 1 as ok')).toStrictEqual([{ ok: 1 }]);
      });

      it.each(['Pacific/Kiritimati', 'America/Adak'])(
        'never shifts a date when the process time zone is %s',
        async (zone) => {
          const saved = process.env.TZ;
          process.env.TZ = zone;
          try {
            const [row] = await db.query<{ d: unknown; t: unknown }>(
              "select $1::date as d, '2025-01-01 00:00:00+00'::timestamptz::date as t",
              ['2025-01-01'],
            );
            expect(row).toStrictEqual({ d: '2025-01-01', t: '2025-01-01' });
          } finally {
            process.env.TZ = saved;
          }
        },
      );

      it('pins the session to UTC and ISO dates', async () => {
        const rows = await db.query(
          "select current_setting('TimeZone') as tz, current_setting('DateStyle') as style",
        );
        expect(rows).toStrictEqual([{ tz: 'UTC', style: 'ISO, MDY' }]);
      });

      it('refuses an undefined parameter', async () => {
        const params = [undefined] as unknown as SqlParam[];
        await expect(db.query('select $1::text as v', params)).rejects.toThrow(TypeError);
      });
    });

    describe('transactions', () => {
      it('commits and returns what fn returns', async () => {
        const result = await db.transaction(async (tx) => {
          await tx.query("insert into payer (id, name) values (10, 'Committed')");
          return (await tx.query<{ n: number }>('select count(*) as n from payer where id = 10'))[0]
            ?.n;
        });
        expect(result).toBe(1);
        expect(await db.query('select name from payer where id = 10')).toStrictEqual([
          { name: 'Committed' },
        ]);
      });

      it('rolls back when fn throws, and rethrows its error', async () => {
        const failure = new Error('payer rejected');
        const running = db.transaction(async (tx) => {
          await tx.query("insert into payer (id, name) values (11, 'Rolled back')");
          await tx.exec("insert into payer (id, name) values (12, 'Also rolled back')");
          throw failure;
        });
        await expect(running).rejects.toBe(failure);
        expect(await db.query('select id from payer where id in (11, 12)')).toStrictEqual([]);
      });

      it('refuses the outer database inside a transaction', async () => {
        const running = db.transaction(async (tx) => {
          await tx.query("insert into payer (id, name) values (13, 'Inner')");
          await db.query('select 1');
        });
        await expect(running).rejects.toThrow('use the transaction handle (tx)');
        expect(await db.query('select id from payer where id = 13')).toStrictEqual([]);
      });

      it('refuses a handle used after its transaction ended', async () => {
        let kept: Transaction | undefined;
        await db.transaction(async (tx) => {
          kept = tx;
          await Promise.resolve();
        });
        await expect(kept?.query('select 1')).rejects.toThrow('after its transaction ended');
      });

      it('fails the commit with 25P02 when fn carried on after a failed statement', async () => {
        const running = db.transaction(async (tx) => {
          await tx.query("insert into payer (id, name) values (14, 'Lost')");
          await tx.query("insert into payer (id, name) values (1, 'Duplicate')").catch(() => null);
        });
        await expect(running).rejects.toMatchObject({
          name: 'DatabaseError',
          code: sqlState.inFailedTransaction,
          message: 'Transaction was rolled back instead of committed',
        });
        expect(await db.query('select id from payer where id = 14')).toStrictEqual([]);
      });

      it('reports a deferred constraint failing at commit', async () => {
        const running = db.transaction(async (tx) => {
          await tx.query('insert into note (id, parent_id) values (1, 99)');
        });
        await expect(running).rejects.toMatchObject({ code: sqlState.foreignKeyViolation });
        expect(await db.query('select id from note')).toStrictEqual([]);
      });

      it('runs queries issued together inside one transaction', async () => {
        await db.transaction(async (tx) => {
          await Promise.all(
            [20, 21, 22].map((id) =>
              tx.query('insert into payer (id, name) values ($1, $2)', [id, `P${id}`]),
            ),
          );
        });
        expect(await db.query('select id from payer where id >= 20 order by id')).toStrictEqual([
          { id: 20 },
          { id: 21 },
          { id: 22 },
        ]);
      });
    });

    describe('errors', () => {
      it.each(errorCases)(
        '$what surfaces as DatabaseError $code',
        async ({ what: _what, code, sql, ...fields }) => {
          const error: unknown = await db.query(sql).catch((caught: unknown) => caught);
          expect(error).toBeInstanceOf(DatabaseError);
          expect(isDatabaseError(error, code)).toBe(true);
          expect(error).toMatchObject(fields);
          expect(error).not.toHaveProperty('params');
        },
      );

      it('surfaces errors from exec and from inside a transaction the same way', async () => {
        await expect(db.exec("insert into payer values (1, 'x'); select 1")).rejects.toMatchObject({
          code: '23505',
          table: 'payer',
        });
        const inTx = db.transaction((tx) => tx.query("insert into payer values (1, 'x')"));
        await expect(inTx).rejects.toMatchObject({ code: '23505', constraint: 'payer_pkey' });
      });
    });

    describe('close', () => {
      it('refuses work once closed and closes only once', async () => {
        const other = await target.open();
        await other.close();
        await expect(other.query('select 1')).rejects.toThrow('Database is closed');
        await expect(other.close()).resolves.toBeUndefined();
      });
    });
  });
});

/** Whatever a caller can observe of a failed query, but the schema (each test has its own). */
async function failure(db: Database, sql: string): Promise<unknown> {
  const error: unknown = await db.query(sql).catch((caught: unknown) => caught);
  if (!(error instanceof Error)) return error;
  const fields: Record<string, unknown> = { ...error, message: error.message, type: error.name };
  delete fields.schema;
  return fields;
}

describe.skipIf(!postgresAvailable)('pglite and postgres side by side', () => {
  const opened: Database[] = [];

  afterAll(async () => {
    await Promise.all(opened.map((db) => db.close()));
  });

  it('give identical rows and identical errors for the same SQL', async () => {
    for (const target of databaseTargets()) opened.push(await target.open());
    const [pglite, postgres] = opened;
    if (pglite === undefined || postgres === undefined) throw new Error('both engines must open');
    await Promise.all(opened.map((db) => db.exec(fixtureSchema)));
    for (const { sql, params } of typeCases) {
      expect(await pglite.query(sql, params), sql).toStrictEqual(await postgres.query(sql, params));
    }
    for (const { sql } of errorCases) {
      expect(await failure(pglite, sql), sql).toStrictEqual(await failure(postgres, sql));
    }
  });

  it("leaves the pg module's global type parsers alone", () => {
    const globalParser = (oid: number) =>
      pgGlobalTypes.getTypeParser(oid, 'text') as (text: string) => unknown;
    expect(globalParser(20)('42')).toBe('42');
    expect(globalParser(1082)('2025-01-31')).toBeInstanceOf(Date);
  });
});
