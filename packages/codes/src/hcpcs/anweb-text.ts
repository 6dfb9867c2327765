import type { ImportProblems } from '../common/import-problems.ts';
import type { AnwebRecord } from './anweb-record.ts';

/** A field's 1-based first and last positions, as the CMS record layout lists them. */
type Span = readonly [first: number, last: number];

/**
 * Positions of the kept fields in the 320-character HCPCS contractor record (CMS RIF report
 * "HCPCS Contractor Record", `HCPC2026_recordlayout.txt`, as of 11/12/2025; unchanged since
 * the 2019 file). Pricing indicators occur up to 4 times (2 characters each) and types of
 * service up to 5 times (1 character each) from their first position.
 */
export const ANWEB_TEXT_LAYOUT = {
  code: [1, 5],
  sequence: [6, 10],
  ric: [11, 11],
  longDescription: [12, 91],
  shortDescription: [92, 119],
  pricingIndicators: [120, 127],
  coverage: [230, 230],
  betos: [257, 259],
  typesOfService: [261, 265],
  anesthesiaBaseUnits: [266, 268],
  addDate: [269, 276],
  actionEffectiveDate: [277, 284],
  terminationDate: [285, 292],
  actionCode: [293, 293],
} as const satisfies Record<string, Span>;

/** The record length; the last filler (294–320) is sometimes cut short, so 293 is enough. */
const MIN_RECORD_LENGTH = ANWEB_TEXT_LAYOUT.actionCode[1];

/** Code, sequence number and record identification code: how every record starts. */
const RECORD_START = /^[A-Z0-9 ]{5}\d{5}[3478]/;

/**
 * Reads the fixed-width HCPCS text file (`HCPC2026_APR_ANWEB.txt`, `HCPC2019_CONTR_ANWEB.txt`)
 * into raw records. Blank lines are skipped, and so is the disclaimer block that opens some
 * annual files (the 2019 file starts with 8 lines of "*Disclaimers" text): lines before the
 * first record that do not start like one. After it, a line too short to hold the action
 * code is a problem.
 */
export function readAnwebText(text: string, problems: ImportProblems): AnwebRecord[] {
  const records: AnwebRecord[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    const line = index + 1;
    if (raw.trim() === '') continue;
    if (records.length === 0 && !RECORD_START.test(raw)) continue;
    if (raw.length < MIN_RECORD_LENGTH) {
      problems.add(line, undefined, 'a 320-character HCPCS record', raw);
      continue;
    }
    records.push(recordFromLine(raw, line));
  }
  return records;
}

function recordFromLine(raw: string, line: number): AnwebRecord {
  const field = ([first, last]: Span): string => raw.slice(first - 1, last).trimEnd();
  const repeated = ([first, last]: Span, width: number): string[] => {
    const values: string[] = [];
    for (let start = first; start <= last; start += width) {
      const value = raw.slice(start - 1, start - 1 + width).trim();
      if (value !== '') values.push(value);
    }
    return values;
  };
  const L = ANWEB_TEXT_LAYOUT;
  return {
    line,
    code: raw.slice(0, 5),
    sequence: field(L.sequence),
    ric: field(L.ric),
    longDescription: raw.slice(L.longDescription[0] - 1, L.longDescription[1]),
    shortDescription: field(L.shortDescription).trim(),
    pricingIndicators: repeated(L.pricingIndicators, 2),
    coverage: field(L.coverage).trim(),
    betos: field(L.betos).trim(),
    typesOfService: repeated(L.typesOfService, 1),
    anesthesiaBaseUnits: field(L.anesthesiaBaseUnits).trim(),
    addDate: field(L.addDate).trim(),
    actionEffectiveDate: field(L.actionEffectiveDate).trim(),
    terminationDate: field(L.terminationDate).trim(),
    actionCode: field(L.actionCode).trim(),
  };
}
