/**
 * The print grid of a pre-printed claim form: data typed at a fixed number of characters and
 * lines per inch on a letter-size sheet. Every position on the form is a line (1 at the top) and
 * a column (1 at the left) of its grid; where column 1 and line 1 sit on the sheet is the form's
 * own (cms1500/grid.ts, ub04/grid.ts).
 */

/** PDF points per inch. */
const POINTS_PER_INCH = 72;

/** Letter paper, in points. */
export const PAGE_WIDTH = 8.5 * POINTS_PER_INCH;
export const PAGE_HEIGHT = 11 * POINTS_PER_INCH;

/** Courier advances 600/1000 of its size per character. */
const COURIER_ADVANCE_PER_1000 = 600;

/** Room below the baseline inside a line, for descenders. */
const BASELINE_ABOVE_LINE_BOTTOM = 3;

export interface FormGridSpec {
  readonly charactersPerInch: number;
  readonly linesPerInch: number;
  /** From the sheet's left edge to the left edge of column 1, in inches. */
  readonly leftOfColumn1: number;
  /** From the sheet's top edge to the top edge of line 1, in inches. */
  readonly topOfLine1: number;
}

export interface FormGrid {
  /** One column and one line, in points. */
  readonly columnWidth: number;
  readonly lineHeight: number;
  /** The Courier size that advances exactly one column per character. */
  readonly dataFontSize: number;
  /** X of the left edge of a column (columns may be fractional: 49.5 is the middle of 49). */
  readonly columnLeft: (column: number) => number;
  /** Y (PDF, from the bottom of the page) of the top edge of a line. */
  readonly lineTop: (line: number) => number;
  /** Y (PDF, from the bottom of the page) of the bottom edge of a line. */
  readonly lineBottom: (line: number) => number;
  /** Y of the baseline that data printed on a line sits on. */
  readonly lineBaseline: (line: number) => number;
}

export function formGrid(spec: FormGridSpec): FormGrid {
  const columnWidth = POINTS_PER_INCH / spec.charactersPerInch;
  const lineHeight = POINTS_PER_INCH / spec.linesPerInch;
  const leftOfColumn1 = spec.leftOfColumn1 * POINTS_PER_INCH;
  const topOfLine1 = spec.topOfLine1 * POINTS_PER_INCH;
  const lineTop = (line: number) => PAGE_HEIGHT - topOfLine1 - (line - 1) * lineHeight;
  const lineBottom = (line: number) => lineTop(line) - lineHeight;
  return {
    columnWidth,
    lineHeight,
    dataFontSize: (POINTS_PER_INCH * 1000) / (COURIER_ADVANCE_PER_1000 * spec.charactersPerInch),
    columnLeft: (column) => leftOfColumn1 + (column - 1) * columnWidth,
    lineTop,
    lineBottom,
    lineBaseline: (line) => lineBottom(line) + BASELINE_ABOVE_LINE_BOTTOM,
  };
}
