/**
 * SQLSTATE codes the application reacts to (PostgreSQL manual, Appendix A "Error Codes").
 */
export const sqlState = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  notNullViolation: '23502',
  checkViolation: '23514',
  exclusionViolation: '23P01',
  inFailedTransaction: '25P02',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  undefinedTable: '42P01',
  syntaxError: '42601',
} as const;

/** The fields PostgreSQL reports with an error (protocol "ErrorResponse" message). */
export interface DatabaseErrorFields {
  /** The SQLSTATE, e.g. `'23505'` for a unique violation. */
  readonly code: string;
  readonly severity?: string;
  readonly detail?: string;
  readonly hint?: string;
  readonly position?: string;
  readonly where?: string;
  readonly schema?: string;
  readonly table?: string;
  readonly column?: string;
  readonly dataType?: string;
  readonly constraint?: string;
}

const optionalFields = [
  'severity',
  'detail',
  'hint',
  'position',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
] as const;

type OptionalField = (typeof optionalFields)[number];

/**
 * An error raised by PostgreSQL, the same on PGlite and on a server. It carries no query text
 * and no parameters, so logging it never leaks patient data bound to a statement.
 *
 * @example
 * ```ts
 * try { await insertPatient(db, patient); }
 * catch (error) { if (isDatabaseError(error, sqlState.uniqueViolation)) return 'duplicate'; throw error; }
 * ```
 */
export class DatabaseError extends Error implements DatabaseErrorFields {
  override readonly name = 'DatabaseError';
  readonly code: string;
  // `declare`: absent fields stay absent instead of becoming own `undefined` properties.
  declare readonly severity?: string;
  declare readonly detail?: string;
  declare readonly hint?: string;
  declare readonly position?: string;
  declare readonly where?: string;
  declare readonly schema?: string;
  declare readonly table?: string;
  declare readonly column?: string;
  declare readonly dataType?: string;
  declare readonly constraint?: string;

  constructor(message: string, fields: DatabaseErrorFields) {
    super(message);
    this.code = fields.code;
    const target = this as { -readonly [K in OptionalField]?: string };
    for (const key of optionalFields) {
      const value = fields[key];
      if (value !== undefined) target[key] = value;
    }
  }
}

/** True when error is a {@link DatabaseError}, optionally with the given SQLSTATE. */
export function isDatabaseError(error: unknown, code?: string): error is DatabaseError {
  return error instanceof DatabaseError && (code === undefined || error.code === code);
}

/** The shape both `pg` and PGlite give their protocol errors. */
export type EngineErrorLike = Error & { readonly code?: string | undefined } & {
  readonly [K in OptionalField]?: string | undefined;
};

/** Copies an engine's protocol error into a {@link DatabaseError}, dropping query and params. */
export function fromEngineError(error: EngineErrorLike): DatabaseError {
  const fields: { -readonly [K in keyof DatabaseErrorFields]: DatabaseErrorFields[K] } = {
    code: error.code ?? 'XX000',
  };
  for (const key of optionalFields) {
    const value = error[key];
    if (typeof value === 'string' && value !== '') fields[key] = value;
  }
  return new DatabaseError(error.message, fields);
}

/** What is wrong between the migration files and the database (see {@link MigrationProblem}). */
export type MigrationProblemCode =
  | 'bad-name'
  | 'duplicate-version'
  | 'gap'
  | 'missing-file'
  | 'renamed'
  | 'checksum-mismatch'
  | 'out-of-order';

/** One located problem; `file` is the file name when one is involved. */
export interface MigrationProblem {
  readonly code: MigrationProblemCode;
  readonly message: string;
  readonly version?: number;
  readonly file?: string;
}

/**
 * Thrown by `migrate` and `checkMigrations` when the files and the database disagree. Nothing
 * has been changed when it is thrown. Its message lists every problem, one per line.
 */
export class MigrationMismatchError extends Error {
  override readonly name = 'MigrationMismatchError';
  readonly problems: readonly MigrationProblem[];

  constructor(dir: string, problems: readonly MigrationProblem[]) {
    const lines = problems.map((problem) => `  - ${problem.message}`);
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(`Refusing to migrate with ${dir} (${count}; nothing was changed):\n${lines.join('\n')}`);
    this.problems = problems;
  }
}
