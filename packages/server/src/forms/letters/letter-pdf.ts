import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';

const PAGE = { width: 612, height: 792 } as const;
const MARGIN = 72;
const SIZE = 11;
const LEADING = 14;

/** Splits one paragraph line into lines that fit the text width, at spaces where it can. */
export function wrapLine(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= width || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  return lines;
}

/**
 * A business letter on letter-size paper: one-inch margins, Helvetica 11 pt, the text's own line
 * breaks kept and long lines wrapped, continued on new pages as needed. Characters the standard
 * PDF fonts cannot show (outside WinAnsi) are replaced, never dropped silently.
 */
export async function writeLetterPdf(text: string, title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('medbill');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const printable = text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\n\x20-\x7e\xa0-\xff]/g, '?');
  const lines = printable
    .split('\n')
    .flatMap((line) => wrapLine(line, font, SIZE, PAGE.width - 2 * MARGIN));
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  for (const line of lines) {
    if (y < MARGIN) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - MARGIN;
    }
    page.drawText(line, { x: MARGIN, y, size: SIZE, font });
    y -= LEADING;
  }
  return pdf.save();
}
