/** Where a value goes on a form's grid (form-grid.ts): its line, first column and width. */
export interface FieldPosition {
  readonly line: number;
  readonly column: number;
  /** Characters the field holds at the grid's pitch. */
  readonly width: number;
  /** Amounts sit against the right edge of their column. */
  readonly align?: 'right';
}

export const at = (line: number, column: number, width: number): FieldPosition => ({
  line,
  column,
  width,
});
export const atRight = (line: number, column: number, width: number): FieldPosition => ({
  line,
  column,
  width,
  align: 'right',
});
