/** A calendar date `YYYY-MM-DD` (DESIGN.md: dates of service never meet a time zone). */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The dates made last, by CCYYMMDD value (direct-mapped): an 835 repeats a few dates of service
 * and payment thousands of times, and handing back the same string saves building one per read.
 */
const cacheSlots = 1024;
const cachedValues = new Int32Array(cacheSlots);
const cachedDates: IsoDate[] = new Array<IsoDate>(cacheSlots);

/**
 * Parses an X12 `DT` element of format CCYYMMDD (X12.6 DT, 8 digits in 5010) to an
 * {@link IsoDate}; `undefined` when it is not a real calendar date. `from`/`to` read a part of
 * `text` (an element where it stands in a segment).
 */
export function parseX12Date(text: string, from = 0, to = text.length): IsoDate | undefined {
  if (to - from !== 8) return undefined;
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    value = value * 10 + c;
  }
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  const max = daysIn[month - 1];
  if (max === undefined || day < 1 || day > max) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && day === 29 && !leap) return undefined;
  const slot = value & (cacheSlots - 1);
  if (cachedValues[slot] === value) return cachedDates[slot];
  // One string from the character codes: half the cost of three slices and a template.
  const date = String.fromCharCode(
    text.charCodeAt(from),
    text.charCodeAt(from + 1),
    text.charCodeAt(from + 2),
    text.charCodeAt(from + 3),
    45,
    text.charCodeAt(from + 4),
    text.charCodeAt(from + 5),
    45,
    text.charCodeAt(from + 6),
    text.charCodeAt(from + 7),
  ) as IsoDate;
  cachedValues[slot] = value;
  cachedDates[slot] = date;
  return date;
}
