import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { MedbillError } from '@medbill/core';
import type { ErrorCode, Problem } from '@medbill/core';

/** RFC 9457 problem details, with the located problems medbill reports. */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  /** What went wrong in one word a client can act on, e.g. `totp_required`, `csrf`. */
  readonly code?: string;
  readonly errors?: readonly (Problem & { readonly pointer: string })[];
}

const STATUS: Record<ErrorCode, number> = {
  invalid: 422,
  not_found: 404,
  conflict: 409,
  unauthenticated: 401,
  totp_required: 401,
  forbidden: 403,
  csrf: 403,
  account_locked: 423,
  rate_limited: 429,
};

const TITLE: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign-in required',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Invalid input',
  423: 'Account locked',
  429: 'Too many requests',
  500: 'Internal error',
};

/** Unique constraints that a person can violate, named by the field they typed. */
const UNIQUE_FIELDS: Record<string, { path: string; message: string }> = {
  practices_org_id_npi_key: { path: 'npi', message: 'a practice with this NPI already exists' },
  providers_org_id_npi_key: { path: 'npi', message: 'a provider with this NPI already exists' },
  payers_org_id_payer_id_key: {
    path: 'payerId',
    message: 'a payer with this payer ID already exists',
  },
  users_email_key: { path: 'email', message: 'an account with this email already exists' },
  patients_org_id_account_number_key: {
    path: 'accountNumber',
    message: 'another patient already has this account number',
  },
};

const toPointer = (path: string) => (path ? `/${path.split('.').join('/')}` : '');

function document(
  status: number,
  detail: string,
  instance: string,
  problems: readonly Problem[] = [],
  code?: string,
): ProblemDocument {
  return {
    type: status === 500 ? 'about:blank' : `https://medbill.dev/problems/${status}`,
    title: TITLE[status] ?? 'Error',
    status,
    detail,
    instance,
    ...(code === undefined ? {} : { code }),
    ...(problems.length > 0
      ? { errors: problems.map((p) => ({ ...p, pointer: toPointer(p.path) })) }
      : {}),
  };
}

interface PostgresError {
  code: string;
  constraint?: string;
  detail?: string;
  table?: string;
}

const isPostgresError = (error: unknown): error is PostgresError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as { code?: unknown }).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((error as { code: string }).code);

/** The one place where an error becomes an HTTP status and a problem document. */
export function toProblem(error: unknown, instance: string): ProblemDocument {
  if (error instanceof MedbillError)
    return document(STATUS[error.code], error.message, instance, error.problems, error.code);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? 'body';
    const problems = error.validation.map((issue) => ({
      path: [
        ...(where === 'body' ? [] : [where]),
        ...issue.instancePath.split('/').filter(Boolean),
      ].join('.'),
      code: ruleOf(issue.params) ?? issue.keyword,
      message: issue.message ?? 'is not valid',
    }));
    return document(
      422,
      `The request ${where} has ${problems.length} invalid field(s); nothing was saved.`,
      instance,
      problems,
    );
  }
  if (isPostgresError(error)) {
    if (error.code === '23505') {
      const known = error.constraint ? UNIQUE_FIELDS[error.constraint] : undefined;
      return document(
        409,
        known
          ? `${known.message}; nothing was saved.`
          : 'This record already exists; nothing was saved.',
        instance,
        known ? [{ path: known.path, code: 'unique', message: known.message }] : [],
      );
    }
    if (error.code === '23503') {
      const inUse = /still referenced/.test(error.detail ?? '');
      const column = /Key \((?:org_id, )?(\w+)\)/.exec(error.detail ?? '')?.[1];
      return inUse
        ? document(
            409,
            'This record is still in use by other records and cannot be deleted.',
            instance,
          )
        : document(
            422,
            'A referenced record does not exist in this organization; nothing was saved.',
            instance,
            column
              ? [
                  {
                    path: camel(column),
                    code: 'exists',
                    message: `no such ${column.replace(/_id$/, '').replace(/_/g, ' ')}`,
                  },
                ]
              : [],
          );
    }
    if (
      error.code === '23514' ||
      error.code === '22P02' ||
      error.code === '22007' ||
      error.code === '22008'
    ) {
      return document(422, 'The database refused a value; nothing was saved.', instance);
    }
  }
  const status = (error as FastifyError | undefined)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return document(status, (error as Error).message, instance);
  }
  return document(
    500,
    'Something went wrong on the server; nothing was saved. The error is in the server log.',
    instance,
  );
}

/** Custom zod issues carry the name of the check that failed in `params.rule`. */
function ruleOf(params: Record<string, unknown>): string | undefined {
  const inner = params.params as { rule?: unknown } | undefined;
  return typeof inner?.rule === 'string' ? inner.rule : undefined;
}

const camel = (column: string) => column.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
