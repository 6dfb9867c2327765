/** A field error as the API reports it inside problem+json (`errors[]`). */
export interface FieldError {
  readonly path: string;
  readonly code?: string;
  readonly message: string;
}

/**
 * An RFC 9457 problem the API answered with. The workspace shows `detail` and the field
 * errors; it never shows a stack.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: readonly FieldError[];

  constructor(status: number, body: Record<string, unknown>) {
    const title = typeof body.title === 'string' ? body.title : `HTTP ${status}`;
    const detail = typeof body.detail === 'string' ? body.detail : title;
    super(detail);
    this.name = 'ApiProblem';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.code = typeof body.code === 'string' ? body.code : '';
    this.errors = Array.isArray(body.errors) ? body.errors.filter(isFieldError) : [];
  }
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).path === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}
