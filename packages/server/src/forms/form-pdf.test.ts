import { describe, expect, it } from 'vitest';
import { PDFDocument, rgb } from 'pdf-lib';
import { at, atRight } from './field-position.ts';
import { formGrid } from './form-grid.ts';
import { writeFormPdf } from './form-pdf.ts';
import type { PrintedForm } from './form-pdf.ts';
import { title } from './outline-elements.ts';
import { writeUb04Pdf } from './ub04/pdf-writer.ts';

const form: PrintedForm<'name' | 'amount'> = {
  title: 'Test form',
  fieldName: 'slot',
  fieldPosition: (id) => (id === 'name' ? at(1, 1, 5) : atRight(2, 1, 6)),
  grid: formGrid({ charactersPerInch: 10, linesPerInch: 6, leftOfColumn1: 0.5, topOfLine1: 0.5 }),
  outline: [title('NAME', 1, 1)],
  shade: rgb(1, 0.9, 0.9),
};

describe('writeFormPdf', () => {
  it.each(['plain', 'red'] as const)('writes one titled sheet a page in %s mode', async (mode) => {
    const pdf = await PDFDocument.load(
      await writeFormPdf(form, [{ name: 'SMITH', amount: '12 50' }, { name: 'JONES' }], mode),
    );
    expect(pdf.getPageCount()).toBe(2);
    expect(pdf.getTitle()).toBe('Test form');
  });

  it('names the field a value overflows in the form’s own words', async () => {
    await expect(writeFormPdf(form, [{ name: 'WILLIAMS' }], 'red')).rejects.toThrow(
      'WILLIAMS does not fit slot name (5 characters)',
    );
    await expect(writeUb04Pdf([{ '47/1': '1234567890' }], 'red')).rejects.toThrow(
      /does not fit form locator 47\/1 \(9 characters\)/,
    );
  });
});
