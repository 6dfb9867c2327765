import { MedbillError, type Problem } from '@medbill/core';

/** Where in a source file a problem is: the file name, a 1-based line or sheet row, a field. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  /** A column name from the publisher's layout (`HCPCS Termination Date`, `WORK RVU`). */
  readonly field?: string;
}

/** Problems kept per import: enough to fix a file, not so many that a wrong file floods the log. */
export const MAX_IMPORT_PROBLEMS = 50;

/** Writes a location as a problem path: `HCPC2026_APR_ANWEB.txt:12:HCPCS Action Code`. */
export function locationPath({ file, line, field }: SourceLocation): string {
  return field === undefined ? `${file}:${line}` : `${file}:${line}:${field}`;
}

/**
 * Collects located problems while an importer reads a file, then fails the whole import if
 * there was any (DESIGN.md "Nothing lost": all or nothing; "Bad input gets a precise error").
 *
 * @example
 * ```ts
 * const problems = new ImportProblems('GPCI2025.csv');
 * problems.add(12, 'PE GPCI', 'a decimal like 1.093', cell);
 * problems.throwIfAny();
 * ```
 */
export class ImportProblems {
  readonly file: string;
  readonly #problems: Problem[] = [];
  #count = 0;

  constructor(file: string) {
    this.file = file;
  }

  /** Records that `field` on `line` held `got` where `expected` was expected. */
  add(line: number, field: string | undefined, expected: string, got?: string): void {
    this.#count += 1;
    if (this.#problems.length >= MAX_IMPORT_PROBLEMS) return;
    const location =
      field === undefined ? { file: this.file, line } : { file: this.file, line, field };
    const found = got === undefined ? '' : `, got ${quote(got)}`;
    this.#problems.push({ path: locationPath(location), message: `expected ${expected}${found}` });
  }

  get count(): number {
    return this.#count;
  }

  /**
   * Throws one {@link MedbillError} (`invalid`) listing every problem found, if any.
   *
   * @throws MedbillError when at least one problem was added.
   */
  throwIfAny(): void {
    const error = this.toError();
    if (error !== undefined) throw error;
  }

  /** The problems so far as one error, or `undefined` when there is none. */
  toError(): MedbillError | undefined {
    const first = this.#problems[0];
    if (first === undefined) return undefined;
    const more =
      this.#count > this.#problems.length ? ` (first ${this.#problems.length} shown)` : '';
    return new MedbillError(
      'invalid',
      `${this.file}: ${this.#count} problem(s)${more}; first: ${first.path} ${first.message}`,
      [...this.#problems],
    );
  }
}

/** Fails an import at once for a problem that makes the rest of the file unreadable. */
export function importFailure(
  location: SourceLocation,
  expected: string,
  got?: string,
): MedbillError {
  const problems = new ImportProblems(location.file);
  problems.add(location.line, location.field, expected, got);
  return problems.toError() ?? new MedbillError('invalid', `${location.file}: ${expected}`);
}

function quote(text: string): string {
  if (text.trim() === '') return text === '' ? 'nothing' : 'only spaces';
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}
