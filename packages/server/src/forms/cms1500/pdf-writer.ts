import { rgb } from 'pdf-lib';
import { writeFormPdf } from '../form-pdf.ts';
import type { PrintedForm } from '../form-pdf.ts';
import type { Cms1500Page } from './claim-boxes.ts';
import { fieldPosition } from './field-map.ts';
import type { FieldId } from './field-map.ts';
import { FORM_OUTLINE } from './form-outline.ts';
import { CMS1500_GRID } from './grid.ts';
import type { Cms1500Mode } from './modes.ts';

const CMS1500: PrintedForm<FieldId> = {
  title: 'CMS-1500 (02/12) claim',
  fieldName: 'box',
  fieldPosition,
  grid: CMS1500_GRID,
  outline: FORM_OUTLINE,
  shade: rgb(1, 0.9, 0.9),
};

/**
 * Writes the claim's pages as a PDF, data in Courier 12 pt (10 characters per inch) at the
 * boxes' positions.
 */
export function writeCms1500Pdf(
  pages: readonly Cms1500Page[],
  mode: Cms1500Mode,
): Promise<Uint8Array> {
  return writeFormPdf(CMS1500, pages, mode);
}
