/**
 * The 1500's own outline helpers on its 10 cpi / 6 lpi grid (grid.ts): the frame's edges, the
 * middle rule, and the check boxes and date labels its items repeat.
 */
import { acrossFrame, box, label } from '../outline-elements.ts';
import type { Caption, OutlineElement } from '../outline-elements.ts';

/** The frame's left (L) and right (R) edges, just outside columns 1 and 78. */
export const L = 0.6;
export const R = 79.4;
/** The rule between the patient's and the insured's halves, in blank column 49. */
export const MID = 49.5;

export const across = acrossFrame(L, R);
/** A check box with its label to the right. */
export const choice = (line: number, column: number, text: string): OutlineElement[] => [
  box(line, column),
  label(text, line, column + 1.2),
];
/** MM DD YY labels for a date whose month starts at `column`. */
export const dateLabels = (line: number, column: number, year = 'YY'): Caption[] => [
  label('MM', line, column + 0.3, 4),
  label('DD', line, column + 3.3, 4),
  label(year, line, column + 6.6, 4),
];
