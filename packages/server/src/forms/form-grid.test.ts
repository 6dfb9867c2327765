import { describe, expect, it } from 'vitest';
import { CMS1500_GRID } from './cms1500/grid.ts';
import { PAGE_HEIGHT, formGrid } from './form-grid.ts';
import { UB04_GRID } from './ub04/grid.ts';

describe('formGrid', () => {
  it.each([
    // name, grid, x of column 1, y of the top of line 1 (points)
    ['the 1500', CMS1500_GRID, 0.35 * 72, PAGE_HEIGHT - 0.125 * 72],
    ['the UB-04', UB04_GRID, 0.2 * 72, PAGE_HEIGHT - 0.25 * 72],
  ])('places %s at its offset on the sheet, 10 cpi and 6 lpi', (_, grid, left, top) => {
    expect(grid.columnLeft(1)).toBe(left);
    expect(grid.columnLeft(11)).toBeCloseTo(left + 72);
    expect(grid.lineTop(1)).toBe(top);
    expect(grid.lineTop(7)).toBeCloseTo(top - 72);
    expect(grid.lineBottom(1)).toBeCloseTo(top - 12);
    expect(grid.lineBaseline(1)).toBeCloseTo(top - 9);
    expect(grid.dataFontSize).toBe(12);
  });

  it('sizes Courier so that one character fills one column at any pitch', () => {
    const grid = formGrid({
      charactersPerInch: 12,
      linesPerInch: 8,
      leftOfColumn1: 0,
      topOfLine1: 0,
    });
    expect(grid.columnWidth).toBe(6);
    expect(grid.lineHeight).toBe(9);
    expect(grid.dataFontSize).toBe(10);
  });
});
