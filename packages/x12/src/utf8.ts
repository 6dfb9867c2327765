/** UTF-8 byte length of `text[start, end)` (lone surrogates count as 3, like the encoder). */
export function utf8Length(text: string, start: number, end: number): number {
  let bytes = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** True when `text` holds a character outside ASCII other than a byte-order mark. */
export function hasNonAscii(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- the ASCII range is the point here
  return /[^\x00-\x7f\ufeff]/.test(text);
}
