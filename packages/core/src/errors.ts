/**
 * The one coded exception family for broken invariants and refused operations. Expected
 * problems in user data are returned as `Problem[]`, not thrown; the server maps each code to
 * an HTTP status in one place.
 */
export type ErrorCode =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'unauthenticated'
  | 'totp_required'
  | 'forbidden'
  | 'csrf'
  | 'account_locked'
  | 'rate_limited';

/** A located problem: `path` names the field, e.g. `lines.2.modifiers.0` or `2300.CLM05-3`. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  readonly code?: string;
}

export class MedbillError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly Problem[];

  constructor(code: ErrorCode, message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = 'MedbillError';
    this.code = code;
    this.problems = problems;
  }
}

export const notFound = (entity: string, id: string): MedbillError =>
  new MedbillError('not_found', `No ${entity} with id ${id} in this organization.`);

export const invalid = (message: string, problems: readonly Problem[]): MedbillError =>
  new MedbillError('invalid', message, problems);

export const conflict = (message: string, problems: readonly Problem[] = []): MedbillError =>
  new MedbillError('conflict', message, problems);
