/**
 * The vocabulary of a drawn form: rules, shaded areas, captions and check boxes placed on the
 * form's grid (form-grid.ts) by line and column, and the helpers its outline files use.
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

/** Horizontal rules for a form whose frame runs from `left` to `right`: full width unless told. */
export const acrossFrame =
  (left: number, right: number) =>
  (line: number, from = left, to = right, style: Rule['style'] = 'solid'): Rule => ({
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
