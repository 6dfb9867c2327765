/**
 * The outcome of reading text that a biller typed or a file supplied.
 *
 * Parsers in `@medbill/core` never throw on user text: they return this. `error` is one short
 * sentence saying what was expected and what was found, written for a biller rather than a
 * developer, so the UI and the CLI can show it unchanged.
 *
 * @example
 * ```ts
 * const amount = parseMoney(cell);
 * if (!amount.ok) return problem(amount.error); // "expected an amount like 1234.50 …"
 * use(amount.value);
 * ```
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The failing half of {@link ParseResult}; assignable to `ParseResult<T>` for every `T`. */
export type ParseFailure = { ok: false; error: string };

/** Wraps a successfully parsed value. */
export function parseOk<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/** Builds a failure carrying a biller-readable sentence. */
export function parseFailure(error: string): ParseFailure {
  return { ok: false, error };
}

const MAX_QUOTED_LENGTH = 40;

/**
 * Quotes user input for an error message: JSON-escaped (so control characters and quotes stay
 * visible) and cut to a readable length. Empty or blank input reads as "nothing".
 */
export function quoteInput(text: string): string {
  if (text.trim() === '') return text === '' ? 'nothing' : 'only spaces';
  const shown = text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH - 1)}…` : text;
  return JSON.stringify(shown);
}
