import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDocument } from 'pdf-lib';
import type { PDFRawStream } from 'pdf-lib';
import { cms1500Pages } from './claim-boxes.ts';
import { claimInput, lines, serviceLine } from './claim-boxes.fixture.ts';
import { BOX_FIELDS, LINE_FIELDS, fieldPosition } from './field-map.ts';
import type { FieldPosition } from '../field-position.ts';
import type { FieldId } from './field-map.ts';
import { FORM_OUTLINE } from './form-outline.ts';
import type { Rule } from '../outline-elements.ts';
import { CMS1500_GRID } from './grid.ts';
import { writeCms1500Pdf } from './pdf-writer.ts';
import type { Cms1500Mode } from './modes.ts';

const { columnLeft, lineBaseline } = CMS1500_GRID;

interface TextRun {
  readonly font: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** The text a page shows, read back from its content streams as pdf-lib writes them. */
async function textRuns(pdf: Uint8Array, pageIndex: number): Promise<TextRun[]> {
  const doc = await PDFDocument.load(pdf);
  const contents = doc.getPage(pageIndex).node.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => doc.context.lookup(ref))
      : [contents];
  const operators = streams
    .map((s) => inflateSync((s as PDFRawStream).getContents()).toString('latin1'))
    .join('\n');
  const run =
    /\/([\w-]+?)-\d+ [\d.]+ Tf[^]*?(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) Tm\s*<([0-9A-F]*)> Tj/g;
  return [...operators.matchAll(run)].map((m) => ({
    font: m[1] ?? '',
    x: Number(m[6]),
    y: Number(m[7]),
    text: Buffer.from(m[8] ?? '', 'hex').toString('latin1'),
  }));
}

const solidDownRules = FORM_OUTLINE.filter(
  (e): e is Rule & { down: { column: number; from: number; to: number } } =>
    e.kind === 'rule' && 'down' in e && e.style !== 'dotted',
);
const dottedDownRules = FORM_OUTLINE.filter(
  (e): e is Rule & { down: { column: number; from: number; to: number } } =>
    e.kind === 'rule' && 'down' in e && e.style === 'dotted',
);
const crossing = (rules: typeof solidDownRules, line: number, from: number, to: number) =>
  rules.filter(
    (r) => r.down.from <= line && line < r.down.to && from < r.down.column && r.down.column < to,
  );

const everyField: FieldId[] = [
  ...(Object.keys(BOX_FIELDS) as FieldId[]),
  ...([1, 2, 3, 4, 5, 6] as const).flatMap((n) =>
    (Object.keys(LINE_FIELDS) as (keyof typeof LINE_FIELDS)[]).map(
      (name): FieldId => `${name}/${n}`,
    ),
  ),
];

describe('the field map against the drawn form', () => {
  it.each(everyField)('%s lies inside one box of the drawn form, at its full width', (id) => {
    const { line, column, width }: FieldPosition = fieldPosition(id);
    expect(crossing(solidDownRules, line, column, column + width)).toEqual([]);
  });
});

describe.each(['plain', 'red'] as const)('the %s PDF', (mode: Cms1500Mode) => {
  const sixLines = [
    ...lines,
    serviceLine(4, '20610', 25000, [4, 1, 2, 3], { modifiers: ['RT', '59', 'XS', 'GA'] }),
    serviceLine(5, '36415', 1500, [1]),
    serviceLine(6, '81003', 900, [2]),
  ];
  const input = claimInput({
    claim: { diagnoses: ['I10', 'E785', 'M1711', 'S52531A', 'Z23', 'R05', 'J029', 'N390'] },
    parties: { lines: sixLines },
  });
  const [page] = cms1500Pages(input);

  it('prints every value in Courier at its field position, inside its box', async () => {
    const runs = (await textRuns(await writeCms1500Pdf([page ?? {}], mode), 0)).filter(
      (r) => r.font === 'Courier',
    );
    const values = Object.entries(page ?? {}) as [FieldId, string][];
    expect(runs).toHaveLength(values.length);
    for (const [id, value] of values) {
      const position = fieldPosition(id);
      const end = position.column + position.width;
      const first = position.align === 'right' ? end - value.length : position.column;
      const last = first + value.length;
      const run = runs.find(
        (r) => r.y === lineBaseline(position.line) && Math.abs(r.x - columnLeft(first)) < 0.01,
      );
      expect(run?.text, `${id} at line ${position.line} column ${first}`).toBe(value);
      expect(last, id).toBeLessThanOrEqual(end);
      expect(crossing(solidDownRules, position.line, first, last), id).toEqual([]);
      // A dotted rule splits a box (MM|DD|YY, modifiers): it may only pass a blank.
      for (const rule of crossing(dottedDownRules, position.line, first, last))
        expect(value[Math.floor(rule.down.column) - first], `${id} under ${rule.down.column}`).toBe(
          ' ',
        );
    }
  });

  it(
    mode === 'plain' ? 'draws the form in red around the data' : 'prints the data alone',
    async () => {
      const runs = await textRuns(await writeCms1500Pdf([page ?? {}], mode), 0);
      const captions = runs.filter((r) => r.font !== 'Courier').map((r) => r.text);
      if (mode === 'plain') {
        expect(captions).toContain('HEALTH INSURANCE CLAIM FORM');
        expect(captions).toContain("1a. INSURED'S I.D. NUMBER");
        expect(captions).toContain('APPROVED OMB-0938-1197 FORM 1500 (02-12)');
      } else {
        expect(captions).toEqual([]);
      }
    },
  );

  it('writes one page per six lines', async () => {
    const seven = Array.from({ length: 7 }, (_, i) => serviceLine(i + 1, '99213', 12500, [1]));
    const pdf = await writeCms1500Pdf(
      cms1500Pages(claimInput({ parties: { lines: seven } })),
      mode,
    );
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(2);
    const last = await textRuns(pdf, 1);
    expect(last.find((r) => r.y === lineBaseline(56) && r.text === '875')).toBeDefined();
  });
});

it('refuses a value wider than its box rather than print outside it', async () => {
  await expect(writeCms1500Pdf([{ '24F.dollars/1': '123456' }], 'red')).rejects.toThrow(
    /does not fit box 24F.dollars\/1/,
  );
});
