import { invalid, type Problem } from '@medbill/core';
import { isDotlessIcd10cmCode } from './code-format.ts';

/**
 * The rows of one CDC ICD-10-CM order file, column-wise (one array per field, same index).
 * Kept as arrays rather than one object per row: ~98k rows per release.
 */
export interface OrderFileRows {
  /** Dotless codes in order-number order (the tabular order). */
  readonly codes: readonly string[];
  /** 1 = valid for HIPAA-covered transactions (billable), 0 = header (not billable). */
  readonly billable: Uint8Array;
  readonly shortTitles: readonly string[];
  readonly longTitles: readonly string[];
}

/**
 * What sets one code system's order file apart: CDC (ICD-10-CM) and CMS (ICD-10-PCS) publish
 * their order files in the same fixed-width layout, with different codes.
 */
export interface OrderFileCodes {
  /** As people name the system in messages: `ICD-10-CM`. */
  readonly system: string;
  /** The `code` of each problem reported. */
  readonly problemCode: string;
  /** Why `code` (trimmed) cannot be a code of this system with this flag; undefined when it can. */
  readonly codeProblem: (code: string, validForSubmission: boolean) => string | undefined;
}

/** ICD-10-CM: dotless codes, any length from the category (3) to the full code (7). */
export const ICD10CM_ORDER_CODES: OrderFileCodes = {
  system: 'ICD-10-CM',
  problemCode: 'icd10cm-order',
  codeProblem: (code) =>
    isDotlessIcd10cmCode(code) ? undefined : 'expected an ICD-10-CM code without dot (e.g. E1122)',
};

/** Fields of the order file record, 1-based columns (CDC "ICD-10-CM Order Files" layout). */
const LAYOUT = {
  order: { column: 1, width: 5 },
  code: { column: 7, width: 7 },
  flag: { column: 15, width: 1 },
  shortTitle: { column: 17, width: 60 },
  longTitle: { column: 78 },
  blanks: [6, 14, 16, 77],
} as const;

/** Reports at most this many problems; a wrong file would otherwise list every line. */
const MAX_PROBLEMS = 50;

/**
 * Parses a CDC ICD-10-CM order file (`icd10cm-order-YYYY.txt`), or with `system` another
 * system's file in the same layout (CMS ICD-10-PCS, `icd10pcs_order_YYYY.txt`). Fixed width, per the CDC
 * layout (icd10OrderFiles.pdf; CMS icd10pcsOrderFile.pdf is the same): order number (5, zero-filled), blank, code (7, dotless,
 * blank-padded), blank, flag (1: `0` header, `1` valid for submission on a HIPAA-covered
 * transaction), blank, short description (60), blank, long description (to end of line).
 *
 * All or nothing: every malformed line is reported (file, line, column, what was expected) in
 * one `MedbillError('invalid')` and nothing is returned.
 *
 * @example
 * ```ts
 * parseOrderFile('00002 A000    1 Cholera due to …', 'icd10cm-order-2026.txt').codes; // ['A000']
 * ```
 */
export function parseOrderFile(
  text: string,
  fileName: string,
  system: OrderFileCodes = ICD10CM_ORDER_CODES,
): OrderFileRows {
  const codes: string[] = [];
  const shortTitles: string[] = [];
  const longTitles: string[] = [];
  const flags: number[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  /** Order numbers run 1, 2, 3…; a gap is reported once, at the line after it. */
  let lastOrder = 0;
  const report = (line: number, column: number, message: string): void => {
    if (problems.length < MAX_PROBLEMS) {
      problems.push({ path: `${fileName}:${line}:${column}`, message, code: system.problemCode });
    }
  };

  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const order = line.slice(0, LAYOUT.order.width);
    const previous = lastOrder;
    lastOrder = /^\d{5}$/.test(order) ? Number(order) : lastOrder + 1;
    if (line.length < LAYOUT.longTitle.column) {
      report(
        lineNo,
        line.length + 1,
        `expected at least ${LAYOUT.longTitle.column} characters (order, code, flag, short and long title), found ${line.length}`,
      );
      return;
    }
    if (!/^\d{5}$/.test(order))
      report(lineNo, 1, `expected a 5-digit order number, found "${order}"`);
    else if (Number(order) !== previous + 1) {
      report(
        lineNo,
        1,
        `expected order number ${String(previous + 1).padStart(5, '0')}, found ${order}`,
      );
    }
    for (const column of LAYOUT.blanks) {
      if (line[column - 1] !== ' ')
        report(lineNo, column, `expected a blank, found "${line[column - 1]}"`);
    }
    const codeField = line.slice(
      LAYOUT.code.column - 1,
      LAYOUT.code.column - 1 + LAYOUT.code.width,
    );
    const code = codeField.trimEnd();
    const flag = line[LAYOUT.flag.column - 1];
    const codeProblem =
      codeField.trimStart() === codeField
        ? system.codeProblem(code, flag === '1')
        : `expected the code at column ${LAYOUT.code.column}`;
    if (codeProblem !== undefined) {
      report(lineNo, LAYOUT.code.column, `${codeProblem}, found "${codeField}"`);
    } else if (seen.has(code)) {
      report(lineNo, LAYOUT.code.column, `expected each code once; ${code} is repeated`);
    }
    seen.add(code);
    if (flag !== '0' && flag !== '1')
      report(
        lineNo,
        LAYOUT.flag.column,
        `expected flag 0 (header) or 1 (valid for submission), found "${flag}"`,
      );
    const shortTitle = line
      .slice(LAYOUT.shortTitle.column - 1, LAYOUT.shortTitle.column - 1 + LAYOUT.shortTitle.width)
      .trimEnd();
    const longTitle = line.slice(LAYOUT.longTitle.column - 1).trimEnd();
    if (shortTitle === '') report(lineNo, LAYOUT.shortTitle.column, 'expected a short description');
    if (longTitle === '') report(lineNo, LAYOUT.longTitle.column, 'expected a long description');
    codes.push(code);
    flags.push(flag === '1' ? 1 : 0);
    shortTitles.push(shortTitle);
    longTitles.push(longTitle);
  });
  if (codes.length === 0) report(1, 1, 'expected at least one order record, found an empty file');
  if (problems.length > 0) {
    throw invalid(
      `${fileName} is not a valid ${system.system} order file (${problems.length}${problems.length === MAX_PROBLEMS ? '+' : ''} problems)`,
      problems,
    );
  }
  return { codes, billable: Uint8Array.from(flags), shortTitles, longTitles };
}
