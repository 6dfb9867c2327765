/**
 * A code range named by a tabular note, in stored (dotless) form. `from`/`to` are prefixes:
 * `(E08-E13)` is `{ from: 'E08', to: 'E13' }` and covers every code of E08 to E13;
 * `(N18.-)` and `(A81.1)` are `{ from: 'N18', to: 'N18' }` and `{ from: 'A811', to: 'A811' }`
 * and cover the code and all codes below it (ICD-10-CM Tabular conventions: a note naming a
 * category applies to all its codes; the point-dash means "more characters follow").
 */
export interface CodeRange {
  readonly from: string;
  readonly to: string;
  /**
   * A character condition the note adds, e.g. `(T36-T50 with fifth or sixth character 5)`:
   * the 5th or 6th character (positions 4 or 5, 0-based) must be one of `characters`.
   */
  readonly character?: { readonly positions: readonly number[]; readonly characters: string };
}

/** A code in note text: letter, digit, alphanumeric (or the FY2026 `QA0` form); not `GM2`, `CR3`. */
const CODE = String.raw`[A-Z](?:[0-9][0-9A-Z]|A[0-9])(?:\.[0-9A-Z]{1,4})?`;
/** A range `E08-E13`, `B76.0-B76.9`, or a single code with optional `-`/`.-`. */
const REFERENCE = new RegExp(
  String.raw`(?<![A-Za-z0-9.])(${CODE})(?:\s?-\s?(${CODE}))?(?:\.?-)?(?![A-Za-z0-9])`,
  'g',
);
/** "with fifth or sixth character 5", "with 5th character 1", "with fifth or sixth character 1-4 or 6" */
const CHARACTER_CONDITION =
  /with (fifth|5th)(?: or (sixth|6th))? characters? ((?:[0-9A-Z](?:-[0-9A-Z])?)(?:(?:,| or|, or) (?:[0-9A-Z](?:-[0-9A-Z])?))*)/i;

const dotless = (code: string): string => code.replace('.', '');

/**
 * Finds the code references in the text of a tabular note: in parentheses (`(E08-E13)`,
 * `(O03-O07, O08.0)`, `(N18.-)`) and in running text (`code from category O08`,
 * `classifiable to E70-E88`). Names that only look like codes are skipped: `vitamin B12`, and
 * codes after `except`, which the note names to leave them out.
 *
 * @example
 * ```ts
 * codeRangesInNote('diabetes mellitus (E08-E13)'); // [{ from: 'E08', to: 'E13' }]
 * ```
 */
export function codeRangesInNote(text: string): CodeRange[] {
  const condition = characterCondition(text);
  const exceptAt = text.search(/\bexcept\b/i);
  const ranges: CodeRange[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const [, first = '', last] = match;
    const before = text.slice(0, match.index);
    if (/vitamin\s*$/i.test(before)) continue;
    if (exceptAt >= 0 && match.index > exceptAt) continue;
    const from = dotless(first);
    let to = dotless(last ?? first);
    // The FY2021 tabular prints "(T63.81-R63.83)": a range that runs backwards only by its
    // letter is read with the first code's letter.
    if (to < from && to.slice(1) >= from.slice(1)) to = from.slice(0, 1) + to.slice(1);
    const range = { from, to };
    ranges.push(condition ? { ...range, character: condition } : range);
  }
  return ranges;
}

function characterCondition(text: string): CodeRange['character'] | undefined {
  const match = CHARACTER_CONDITION.exec(text);
  if (!match) return undefined;
  const positions = match[2] ? [4, 5] : [4];
  const characters = (match[3] ?? '')
    .split(/,|\bor\b/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .flatMap((part) => expandCharacters(part))
    .join('');
  return { positions, characters };
}

function expandCharacters(part: string): string[] {
  const [low = '', high] = part.split('-');
  if (high === undefined) return [low];
  const out: string[] = [];
  for (let c = low.charCodeAt(0); c <= high.charCodeAt(0); c++) out.push(String.fromCharCode(c));
  return out;
}

/** Whether a stored code falls in a range (see {@link CodeRange}). */
export function rangeCovers(range: CodeRange, code: string): boolean {
  if (code.length < range.from.length) return false;
  if (code.slice(0, range.from.length) < range.from) return false;
  if (code.slice(0, range.to.length) > range.to) return false;
  const condition = range.character;
  if (!condition) return true;
  return condition.positions.some((at) => {
    const character = code[at];
    return character !== undefined && condition.characters.includes(character);
  });
}

/** The display form of a range, as the tabular writes it. */
export function formatCodeRange(range: CodeRange): string {
  const dotted = (code: string): string =>
    code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
  return range.from === range.to ? dotted(range.from) : `${dotted(range.from)}-${dotted(range.to)}`;
}
