import { degrees, rgb } from 'pdf-lib';
import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import type { FormGrid } from './form-grid.ts';
import type { Caption, CheckBox, OutlineElement, Rule, Shade } from './outline-elements.ts';

/** The forms' "OCR red" ink. */
const RED = rgb(0.82, 0.12, 0.15);

const THICKNESS: Record<Rule['style'], number> = { frame: 1.2, solid: 0.5, dotted: 0.5 };

export interface FormFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/** A blank form to draw: its outline on its grid, and the pale red of its shaded areas. */
export interface FormArtwork {
  readonly grid: FormGrid;
  readonly outline: readonly OutlineElement[];
  readonly shade: Color;
}

function drawRule(page: PDFPage, grid: FormGrid, rule: Rule): void {
  const line = {
    thickness: THICKNESS[rule.style],
    color: RED,
    ...(rule.style === 'dotted' ? { dashArray: [1, 1.5] } : {}),
  };
  if ('across' in rule) {
    const y = grid.lineTop(rule.across.line);
    page.drawLine({
      start: { x: grid.columnLeft(rule.across.from), y },
      end: { x: grid.columnLeft(rule.across.to), y },
      ...line,
    });
  } else {
    const x = grid.columnLeft(rule.down.column);
    page.drawLine({
      start: { x, y: grid.lineTop(rule.down.from) },
      end: { x, y: grid.lineTop(rule.down.to) },
      ...line,
    });
  }
}

function drawShade(page: PDFPage, grid: FormGrid, shade: Shade, color: Color): void {
  const x = grid.columnLeft(shade.from);
  page.drawRectangle({
    x,
    y: grid.lineBottom(shade.line),
    width: grid.columnLeft(shade.to) - x,
    height: grid.lineTop(shade.line) - grid.lineBottom(shade.line),
    color,
  });
}

function drawCaption(page: PDFPage, grid: FormGrid, caption: Caption, fonts: FormFonts): void {
  const font = caption.bold ? fonts.bold : fonts.regular;
  const x = grid.columnLeft(caption.column);
  if (caption.vertical) {
    // Reads upwards, ending at the bottom of its line.
    page.drawText(caption.text, {
      x: x + caption.size,
      y: grid.lineBottom(caption.line),
      size: caption.size,
      font,
      color: RED,
      rotate: degrees(90),
    });
    return;
  }
  const y =
    caption.place === 'top'
      ? grid.lineTop(caption.line) - caption.size
      : grid.lineBottom(caption.line) + (caption.size > 6 ? 2 : 1.5);
  page.drawText(caption.text, { x, y, size: caption.size, font, color: RED });
}

function drawCheckBox(page: PDFPage, grid: FormGrid, box: CheckBox): void {
  const inset = 0.8;
  page.drawRectangle({
    x: grid.columnLeft(box.column) + inset,
    y: grid.lineBaseline(box.line) - 1.5,
    width: grid.columnWidth - 2 * inset,
    height: 9,
    borderColor: RED,
    borderWidth: 0.5,
  });
}

/** Draws a blank form in red: what the pre-printed form shows, for plain paper. */
export function drawBlankForm(page: PDFPage, form: FormArtwork, fonts: FormFonts): void {
  for (const element of form.outline) {
    switch (element.kind) {
      case 'shade':
        drawShade(page, form.grid, element, form.shade);
        break;
      case 'rule':
        drawRule(page, form.grid, element);
        break;
      case 'caption':
        drawCaption(page, form.grid, element, fonts);
        break;
      case 'checkbox':
        drawCheckBox(page, form.grid, element);
        break;
    }
  }
}
