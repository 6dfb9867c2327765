/**
 * Interns strings into one array so that a title shared by several releases (most of them) or
 * used as both short and long title is held once; rows keep 32-bit ids.
 */
export interface StringPool {
  readonly strings: string[];
  intern(text: string): number;
}

/** A new, empty pool, or one that continues `strings` (for example from a snapshot). */
export function createStringPool(strings: string[] = []): StringPool {
  const ids = new Map<string, number>(strings.map((text, id) => [text, id]));
  return {
    strings,
    intern(text) {
      const known = ids.get(text);
      if (known !== undefined) return known;
      // A substring of a 14 MB file keeps the whole file alive in V8 (sliced string); the
      // concatenation forces a flat copy of just this text.
      const own = (' ' + text).slice(1);
      const id = strings.length;
      strings.push(own);
      ids.set(own, id);
      return id;
    },
  };
}
