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
import { formGrid } from '../form-grid.ts';

export const CMS1500_GRID = formGrid({
  charactersPerInch: 10,
  linesPerInch: 6,
  leftOfColumn1: 0.35,
  topOfLine1: 0.125,
});
