import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { Cms1500Page } from './claim-boxes.ts';
import { fieldPosition } from './field-map.ts';
import type { FieldId } from './field-map.ts';
import { drawBlankForm } from './form-drawing.ts';
import type { Cms1500Mode } from './modes.ts';
import { DATA_FONT_SIZE, PAGE_HEIGHT, PAGE_WIDTH, columnLeft, lineBaseline } from './grid.ts';

function drawValue(page: PDFPage, font: PDFFont, id: FieldId, value: string): void {
  const position = fieldPosition(id);
  if (value.length > position.width)
    throw new Error(`${value} does not fit box ${id} (${position.width} characters)`);
  const column =
    position.align === 'right' ? position.column + position.width - value.length : position.column;
  page.drawText(value, {
    x: columnLeft(column),
    y: lineBaseline(position.line),
    size: DATA_FONT_SIZE,
    font,
    color: rgb(0, 0, 0),
  });
}

/**
 * Writes the claim's pages as a PDF, one letter-size sheet a page, data in Courier 12 pt
 * (10 characters per inch) at the form's field positions.
 */
export async function writeCms1500Pdf(
  pages: readonly Cms1500Page[],
  mode: Cms1500Mode,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('CMS-1500 (02/12) claim');
  pdf.setCreator('medbill');
  const data = await pdf.embedFont(StandardFonts.Courier);
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  for (const values of pages) {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    if (mode === 'plain') drawBlankForm(page, fonts);
    for (const [id, value] of Object.entries(values) as [FieldId, string][])
      drawValue(page, data, id, value);
  }
  return pdf.save();
}
