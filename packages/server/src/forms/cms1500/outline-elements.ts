/**
 * The vocabulary of the drawn 1500: rules, shaded areas, captions and check boxes placed on
 * the 10 cpi / 6 lpi grid (grid.ts) by line and column, and the helpers the outline files use.
 */

export type Rule = {
  readonly kind: 'rule';
  readonly style: 'frame' | 'solid' | 'dotted';
} & (
  | { readonly across: { readonly line: number; readonly from: number; readonly to: number } }
  | { readonly down: { readonly column: number; readonly from: number; readonly to: number } }
);
export interface Shade {
  readonly kind: 'shade';
  readonly line: number;
  readonly from: number;
  readonly to: number;
}
export interface Caption {
  readonly kind: 'caption';
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly size: number;
  /** Top of the line (box titles) or bottom (labels beside data). */
  readonly place: 'top' | 'bottom';
  readonly bold?: boolean;
  /** Side labels read bottom to top along the right edge. */
  readonly vertical?: boolean;
}
export interface CheckBox {
  readonly kind: 'checkbox';
  readonly line: number;
  readonly column: number;
}
export type OutlineElement = Rule | Shade | Caption | CheckBox;

/** The frame's left (L) and right (R) edges, just outside columns 1 and 78. */
export const L = 0.6;
export const R = 79.4;
/** The rule between the patient's and the insured's halves, in blank column 49. */
export const MID = 49.5;

export const across = (line: number, from = L, to = R, style: Rule['style'] = 'solid'): Rule => ({
  kind: 'rule',
  style,
  across: { line, from, to },
});
export const down = (
  column: number,
  from: number,
  to: number,
  style: Rule['style'] = 'solid',
): Rule => ({
  kind: 'rule',
  style,
  down: { column, from, to },
});
export const title = (text: string, line: number, column: number, size = 5): Caption => ({
  kind: 'caption',
  text,
  line,
  column,
  size,
  place: 'top',
});
export const label = (text: string, line: number, column: number, size = 4.5): Caption => ({
  kind: 'caption',
  text,
  line,
  column,
  size,
  place: 'bottom',
});
export const box = (line: number, column: number): CheckBox => ({ kind: 'checkbox', line, column });
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
