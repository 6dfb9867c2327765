/**
 * The print grid of the 1500 Health Insurance Claim Form (02/12).
 *
 * The red OCR form is printed for data typed at 10 characters per inch and 6 lines per inch
 * (Courier 12 pt is exactly 10 pitch). Every position here is a line (1 to 66, top down) and a
 * column (1 to 85, left to right) on that grid, the way a print file for the pre-printed form is
 * written.
 *
 * Where the grid sits on the sheet: column 1 starts 0.35 in from the left edge and line 1 starts
 * 0.125 in from the top. Sources, cross-checked: the line/column map of OpenEMR's 02/12 print file
 * (src/Billing/Hcfa1500.php: payer at line 2 column 41, item 1a at line 8 column 50, service
 * lines at lines 44–54, item 33a at line 61 column 50) and a practice-management vendor's 1500
 * print template in inches (24A "From" at 0.37 in, item 1a at 5.25 in, the first service line's
 * text at 7.37 in and each next one 1/3 in lower). Both agree with this origin to within 0.05 in.
 */

/** PDF points per inch. */
const POINTS_PER_INCH = 72;

/** Letter paper, in points. */
export const PAGE_WIDTH = 8.5 * POINTS_PER_INCH;
export const PAGE_HEIGHT = 11 * POINTS_PER_INCH;

/** One column (1/10 in) and one line (1/6 in), in points. */
export const COLUMN_WIDTH = POINTS_PER_INCH / 10;
export const LINE_HEIGHT = POINTS_PER_INCH / 6;

/** Courier at 12 pt advances exactly one column per character. */
export const DATA_FONT_SIZE = 12;

const LEFT_OF_COLUMN_1 = 0.35 * POINTS_PER_INCH;
const TOP_OF_LINE_1 = 0.125 * POINTS_PER_INCH;

/** Room below the baseline inside a line, for descenders. */
const BASELINE_ABOVE_LINE_BOTTOM = 3;

/** X of the left edge of a column (columns may be fractional: 49.5 is the middle of 49). */
export function columnLeft(column: number): number {
  return LEFT_OF_COLUMN_1 + (column - 1) * COLUMN_WIDTH;
}

/** Y (PDF, from the bottom of the page) of the top edge of a line. */
export function lineTop(line: number): number {
  return PAGE_HEIGHT - TOP_OF_LINE_1 - (line - 1) * LINE_HEIGHT;
}

/** Y (PDF, from the bottom of the page) of the bottom edge of a line. */
export function lineBottom(line: number): number {
  return lineTop(line) - LINE_HEIGHT;
}

/** Y of the baseline that data printed on a line sits on. */
export function lineBaseline(line: number): number {
  return lineBottom(line) + BASELINE_ABOVE_LINE_BOTTOM;
}
