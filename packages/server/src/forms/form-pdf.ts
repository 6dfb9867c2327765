import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { Cms1500Mode } from './cms1500/modes.ts';
import type { FieldPosition } from './field-position.ts';
import { drawBlankForm } from './form-drawing.ts';
import type { FormArtwork } from './form-drawing.ts';
import { PAGE_HEIGHT, PAGE_WIDTH } from './form-grid.ts';

/** A claim form to print: its drawing, where each of its fields goes, and what it calls them. */
export interface PrintedForm<FieldId extends string> extends FormArtwork {
  /** The PDF's title. */
  readonly title: string;
  /** What the form calls a field, in errors: "box", "form locator". */
  readonly fieldName: string;
  readonly fieldPosition: (id: FieldId) => FieldPosition;
}

/** One page of values, by field. */
export type FormPage<FieldId extends string> = Readonly<Partial<Record<FieldId, string>>>;

function drawValue<FieldId extends string>(
  page: PDFPage,
  font: PDFFont,
  form: PrintedForm<FieldId>,
  id: FieldId,
  value: string,
): void {
  const position = form.fieldPosition(id);
  if (value.length > position.width)
    throw new Error(`${value} does not fit ${form.fieldName} ${id} (${position.width} characters)`);
  const column =
    position.align === 'right' ? position.column + position.width - value.length : position.column;
  page.drawText(value, {
    x: form.grid.columnLeft(column),
    y: form.grid.lineBaseline(position.line),
    size: form.grid.dataFontSize,
    font,
    color: rgb(0, 0, 0),
  });
}

/**
 * Writes the claim's pages as a PDF, one letter-size sheet a page, data in Courier at the grid's
 * pitch at the form's field positions; `plain` draws the form too, `red` prints the data alone
 * for the pre-printed form.
 */
export async function writeFormPdf<FieldId extends string>(
  form: PrintedForm<FieldId>,
  pages: readonly FormPage<FieldId>[],
  mode: Cms1500Mode,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(form.title);
  pdf.setCreator('medbill');
  const data = await pdf.embedFont(StandardFonts.Courier);
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  for (const values of pages) {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    if (mode === 'plain') drawBlankForm(page, form, fonts);
    for (const [id, value] of Object.entries(values) as [FieldId, string][])
      drawValue(page, data, form, id, value);
  }
  return pdf.save();
}
