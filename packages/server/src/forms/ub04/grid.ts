/**
 * The print grid of the UB-04 (CMS-1450): 10 characters per inch and 6 lines per inch on a
 * letter-size sheet, like the 1500 (cms1500/grid.ts). Every position is a line (1 at the top of
 * form locator 1, 63 at the bottom of form locator 81) and a column (1 to 81, left to right).
 *
 * Where the grid sits on the sheet: column 1 starts 0.2 in from the left edge and line 1 starts
 * 0.25 in from the top, which centres the form's 81 columns and 63 lines on the sheet.
 */
import { formGrid } from '../form-grid.ts';

export const UB04_GRID = formGrid({
  charactersPerInch: 10,
  linesPerInch: 6,
  leftOfColumn1: 0.2,
  topOfLine1: 0.25,
});
