import { importFailure } from './import-problems.ts';

/** One CSV record with the 1-based line it starts on (quoted fields may span lines). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * Splits CSV text (RFC 4180: `,` separators, `"` quoting with `""` escapes, CRLF or LF) into
 * records. CMS files put line breaks inside quoted notices (the AMA notice atop the MUE table),
 * so records are not lines; each keeps the line it starts on for error messages.
 *
 * @throws MedbillError (`invalid`) for a quote left open or text after a closing quote.
 * @example
 * ```ts
 * parseCsv('a,"b, c"\r\n1,2\r\n', 'x.csv'); // [{ line: 1, fields: ['a', 'b, c'] }, { line: 2, … }]
 * ```
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = (): void => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      const quoteLine = line;
      i += 1;
      for (;;) {
        const next = text.indexOf('"', i);
        if (next < 0) throw importFailure({ file, line: quoteLine }, 'a closing quote');
        const chunk = text.slice(i, next);
        line += countNewlines(chunk);
        field += chunk;
        if (text[next + 1] === '"') {
          field += '"';
          i = next + 2;
          continue;
        }
        i = next + 1;
        break;
      }
      const after = text[i];
      if (after !== undefined && after !== ',' && after !== '\r' && after !== '\n') {
        throw importFailure({ file, line }, 'a comma or line end after a closing quote', after);
      }
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** Whether every field of a record is empty or spaces (CMS files separate blocks with these). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((value) => value.trim() === '');
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) count += 1;
  }
  return count;
}
