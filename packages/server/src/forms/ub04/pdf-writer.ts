import { rgb } from 'pdf-lib';
import type { Cms1500Mode } from '../cms1500/modes.ts';
import { writeFormPdf } from '../form-pdf.ts';
import type { PrintedForm } from '../form-pdf.ts';
import { fieldPosition } from './field-map.ts';
import type { FieldId } from './field-map.ts';
import type { Ub04Page } from './form-locators.ts';
import { FORM_OUTLINE } from './form-outline.ts';
import { UB04_GRID } from './grid.ts';

const UB04: PrintedForm<FieldId> = {
  title: 'UB-04 (CMS-1450) claim',
  fieldName: 'form locator',
  fieldPosition,
  grid: UB04_GRID,
  outline: FORM_OUTLINE,
  shade: rgb(1, 0.92, 0.92),
};

/**
 * Writes the claim's pages as a PDF, data in Courier 12 pt (10 characters per inch) at the form
 * locators' positions, in the same two modes as the 1500.
 */
export function writeUb04Pdf(pages: readonly Ub04Page[], mode: Cms1500Mode): Promise<Uint8Array> {
  return writeFormPdf(UB04, pages, mode);
}
