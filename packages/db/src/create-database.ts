import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database, Queryable, SqlParam, Transaction } from './database.ts';
import { fromEngineError, type EngineErrorLike } from './errors.ts';
import { toWireParams, type WireParam } from './sql-params.ts';

/** A row as an engine returns it, already through the shared type parsers. */
export type EngineRow = Record<string, unknown>;

/** One connection or transaction of an engine, speaking wire parameters. */
export interface EngineSession {
  /** One statement over the extended protocol (so several statements are refused). */
  query(sql: string, params: readonly WireParam[]): Promise<EngineRow[]>;
  /** A script over the simple protocol. */
  exec(sql: string): Promise<void>;
}

/** What an engine (PGlite, node-postgres) provides; {@link createDatabase} adds the rest. */
export interface Engine extends EngineSession {
  readonly kind: Database['kind'];
  /** BEGIN, fn, COMMIT; ROLLBACK and rethrow when fn throws. */
  transaction<T>(fn: (session: EngineSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** True for the engine's own protocol errors, which become a `DatabaseError`. */
  isEngineError(error: unknown): error is EngineErrorLike;
}

/** The database whose transaction the current async context is running, if any. */
const transactionOwner = new AsyncLocalStorage<Engine>();

async function normalised<T>(engine: Engine, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw engine.isEngineError(error) ? fromEngineError(error) : error;
  }
}

function sessionQueryable(
  engine: Engine,
  session: EngineSession,
  checkUsable: () => void,
): Queryable {
  return {
    async query<Row extends object = EngineRow>(
      sql: string,
      params?: readonly SqlParam[],
    ): Promise<Row[]> {
      checkUsable();
      const wire = toWireParams(params);
      const rows = await normalised(engine, () => session.query(sql, wire));
      return rows as Row[];
    },
  };
}

/**
 * Builds a {@link Database} over an engine. Everything both engines must do the same lives here:
 * parameter conversion, error normalisation, the closed state, and refusing the outer database
 * inside its own transaction.
 */
export function createDatabase(engine: Engine): Database {
  let closed = false;

  const checkUsable = (operation: string) => (): void => {
    if (closed) throw new Error(`Database is closed: cannot ${operation}`);
    if (transactionOwner.getStore() === engine) {
      throw new Error(
        `db.${operation}() was called inside db.transaction(): use the transaction handle (tx)`,
      );
    }
  };

  const transaction = async <T>(fn: (tx: Transaction) => Promise<T>): Promise<T> => {
    checkUsable('transaction')();
    return normalised(engine, () =>
      engine.transaction(async (session) => {
        let open = true;
        const checkOpen = (): void => {
          if (!open) throw new Error('Transaction handle used after its transaction ended');
        };
        const tx: Transaction = {
          ...sessionQueryable(engine, session, checkOpen),
          async exec(sql: string): Promise<void> {
            checkOpen();
            await normalised(engine, () => session.exec(sql));
          },
        };
        try {
          return await transactionOwner.run(engine, () => fn(tx));
        } finally {
          open = false;
        }
      }),
    );
  };

  return {
    kind: engine.kind,
    ...sessionQueryable(engine, engine, checkUsable('query')),
    transaction,
    async exec(sql: string): Promise<void> {
      checkUsable('exec')();
      await normalised(engine, () => engine.exec(sql));
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await engine.close();
    },
  };
}
