import { degrees, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { COLUMN_WIDTH, columnLeft, lineBaseline, lineBottom, lineTop } from './grid.ts';
import { FORM_OUTLINE } from './form-outline.ts';
import type { Caption, CheckBox, Rule, Shade } from './outline-elements.ts';

/** The form's "OCR red" ink and the pale red of its shaded areas. */
const RED = rgb(0.82, 0.12, 0.15);
const SHADE = rgb(1, 0.9, 0.9);

const THICKNESS: Record<Rule['style'], number> = { frame: 1.2, solid: 0.5, dotted: 0.5 };

export interface FormFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

function drawRule(page: PDFPage, rule: Rule): void {
  const line = {
    thickness: THICKNESS[rule.style],
    color: RED,
    ...(rule.style === 'dotted' ? { dashArray: [1, 1.5] } : {}),
  };
  if ('across' in rule) {
    const y = lineTop(rule.across.line);
    page.drawLine({
      start: { x: columnLeft(rule.across.from), y },
      end: { x: columnLeft(rule.across.to), y },
      ...line,
    });
  } else {
    const x = columnLeft(rule.down.column);
    page.drawLine({
      start: { x, y: lineTop(rule.down.from) },
      end: { x, y: lineTop(rule.down.to) },
      ...line,
    });
  }
}

function drawShade(page: PDFPage, shade: Shade): void {
  const x = columnLeft(shade.from);
  page.drawRectangle({
    x,
    y: lineBottom(shade.line),
    width: columnLeft(shade.to) - x,
    height: lineTop(shade.line) - lineBottom(shade.line),
    color: SHADE,
  });
}

function drawCaption(page: PDFPage, caption: Caption, fonts: FormFonts): void {
  const font = caption.bold ? fonts.bold : fonts.regular;
  const x = columnLeft(caption.column);
  if (caption.vertical) {
    // Reads upwards, ending at the bottom of its line.
    page.drawText(caption.text, {
      x: x + caption.size,
      y: lineBottom(caption.line),
      size: caption.size,
      font,
      color: RED,
      rotate: degrees(90),
    });
    return;
  }
  const y =
    caption.place === 'top'
      ? lineTop(caption.line) - caption.size
      : lineBottom(caption.line) + (caption.size > 6 ? 2 : 1.5);
  page.drawText(caption.text, { x, y, size: caption.size, font, color: RED });
}

function drawCheckBox(page: PDFPage, box: CheckBox): void {
  const inset = 0.8;
  page.drawRectangle({
    x: columnLeft(box.column) + inset,
    y: lineBaseline(box.line) - 1.5,
    width: COLUMN_WIDTH - 2 * inset,
    height: 9,
    borderColor: RED,
    borderWidth: 0.5,
  });
}

/** Draws the blank 1500 (02/12) in red: what the pre-printed form shows, for plain paper. */
export function drawBlankForm(page: PDFPage, fonts: FormFonts): void {
  for (const element of FORM_OUTLINE) {
    switch (element.kind) {
      case 'shade':
        drawShade(page, element);
        break;
      case 'rule':
        drawRule(page, element);
        break;
      case 'caption':
        drawCaption(page, element, fonts);
        break;
      case 'checkbox':
        drawCheckBox(page, element);
        break;
    }
  }
}
