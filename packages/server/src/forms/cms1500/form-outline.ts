/**
 * The printed 1500 (02/12) as drawing instructions on the 10 cpi / 6 lpi grid (grid.ts): rules,
 * shaded areas, captions and check boxes, for the plain-paper form. Captions follow the form's
 * wording. Vertical rules run through the middle of a column no data uses (column 49.5 is the
 * middle of column 49), so data printed at its field-map position never touches a rule.
 */
import type { OutlineElement } from '../outline-elements.ts';
import { diagnosesAndReferences, header, patientAndInsured } from './outline-items-1-to-23.ts';
import { billing, serviceLines } from './outline-items-24-to-33.ts';

/** Everything the plain-paper form draws, in drawing order (shading before rules and text). */
export const FORM_OUTLINE: readonly OutlineElement[] = [
  ...header,
  ...patientAndInsured,
  ...diagnosesAndReferences,
  ...serviceLines,
  ...billing,
].sort((a, b) => Number(b.kind === 'shade') - Number(a.kind === 'shade'));
