/**
 * One table of result-value parsers, installed in both engines so that a row reads the same on
 * PGlite and on a PostgreSQL server. Values arrive in PostgreSQL's text output format with the
 * session settings both engines pin (TimeZone UTC, DateStyle ISO, bytea_output hex).
 */

/** Parses one value from PostgreSQL's text output format. */
export type TextParser = (text: string) => unknown;

const keepText: TextParser = (text) => text;

/**
 * Reads `int8` text as a JS number. Money is integer cents in `bigint` columns: a value a
 * double cannot hold exactly is refused rather than rounded.
 */
export function parseSafeInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    const bound = text.startsWith('-') ? 'Number.MIN_SAFE_INTEGER' : 'Number.MAX_SAFE_INTEGER';
    throw new RangeError(`int8 value ${text} is beyond ${bound}: it cannot be read as a number`);
  }
  return value;
}

const timestamptzPattern =
  /^(\d{4,})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?([+-])(\d\d)(?::(\d\d))?(?::(\d\d))?( BC)?$/;

/** Reads `timestamptz` text (`2025-01-31 14:05:00.123456+00`) as an instant, to the millisecond. */
export function parseTimestamptz(text: string): Date {
  const match = timestamptzPattern.exec(text);
  if (match === null) {
    throw new RangeError(`timestamptz value ${text} cannot be represented as a JS Date`);
  }
  const [, year, month, day, hour, minute, second, fraction, sign, offH, offM, offS, bc] = match;
  const date = new Date(0);
  const fullYear = bc === undefined ? Number(year) : 1 - Number(year);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(fullYear, Number(month) - 1, Number(day));
  const millis = Number((fraction ?? '').padEnd(3, '0').slice(0, 3));
  date.setUTCHours(Number(hour), Number(minute), Number(second), millis);
  const offsetSeconds = Number(offH) * 3600 + Number(offM ?? 0) * 60 + Number(offS ?? 0);
  const direction = sign === '-' ? -1 : 1;
  return new Date(date.getTime() - direction * offsetSeconds * 1000);
}

function parseBool(text: string): boolean {
  return text === 't';
}

function parseBytea(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.slice(2), 'hex'));
}

function parseJson(text: string): unknown {
  return JSON.parse(text) as unknown;
}

/**
 * Reads an array literal (`{a,"b c",NULL,{1,2}}`, with optional `[1:2]=` bounds) element by
 * element. PostgreSQL quotes every element holding a delimiter, quote, backslash or space.
 */
export function parseArrayLiteral(text: string, parseElement: TextParser): unknown[] {
  let i = text.startsWith('[') ? text.indexOf('=') + 1 : 0;

  const fail = (): never => {
    throw new SyntaxError(`Malformed array literal: ${text}`);
  };

  const readQuoted = (): string => {
    i += 1;
    let value = '';
    for (;;) {
      const char = text[i];
      if (char === undefined) return fail();
      if (char === '"') break;
      if (char === '\\') i += 1;
      value += text[i] ?? fail();
      i += 1;
    }
    i += 1;
    return value;
  };

  const readArray = (): unknown[] => {
    if (text[i] !== '{') return fail();
    i += 1;
    const items: unknown[] = [];
    if (text[i] === '}') {
      i += 1;
      return items;
    }
    for (;;) {
      const char = text[i];
      if (char === '{') {
        items.push(readArray());
      } else if (char === '"') {
        items.push(parseElement(readQuoted()));
      } else {
        const start = i;
        while (i < text.length && text[i] !== ',' && text[i] !== '}') i += 1;
        const raw = text.slice(start, i);
        items.push(raw === 'NULL' ? null : parseElement(raw));
      }
      const separator = text[i];
      i += 1;
      if (separator === '}') return items;
      if (separator !== ',') return fail();
    }
  };

  const result = readArray();
  if (i !== text.length) fail();
  return result;
}

/** [type, oid, array oid, parser]: built-in OIDs are fixed (pg_type.dat). */
const builtinTypes: readonly (readonly [string, number, number, TextParser])[] = [
  ['bool', 16, 1000, parseBool],
  ['bytea', 17, 1001, parseBytea],
  ['char', 18, 1002, keepText],
  ['name', 19, 1003, keepText],
  ['int8', 20, 1016, parseSafeInteger],
  ['int2', 21, 1005, Number],
  ['int4', 23, 1007, Number],
  ['text', 25, 1009, keepText],
  ['oid', 26, 1028, Number],
  ['json', 114, 199, parseJson],
  ['float4', 700, 1021, Number],
  ['float8', 701, 1022, Number],
  ['bpchar', 1042, 1014, keepText],
  ['varchar', 1043, 1015, keepText],
  ['date', 1082, 1182, keepText],
  ['time', 1083, 1183, keepText],
  ['timestamp', 1114, 1115, keepText],
  ['timestamptz', 1184, 1185, parseTimestamptz],
  ['interval', 1186, 1187, keepText],
  ['timetz', 1266, 1270, keepText],
  ['numeric', 1700, 1231, keepText],
  ['uuid', 2950, 2951, keepText],
  ['jsonb', 3802, 3807, parseJson],
];

/** Every type OID with a parser; any other type is returned as its text. */
export const typeParsers: ReadonlyMap<number, TextParser> = new Map(
  builtinTypes.flatMap(([, oid, arrayOid, parse]) => [
    [oid, parse] as const,
    [arrayOid, (text: string) => parseArrayLiteral(text, parse)] as const,
  ]),
);

/** The parser for a type OID: the table's, else the text unchanged. */
export function typeParser(oid: number): TextParser {
  return typeParsers.get(oid) ?? keepText;
}
