import { describe, expect, it } from 'vitest';
import { NdjsonReader } from './ndjson.ts';

describe('NdjsonReader', () => {
  it('returns each line once, when its newline has arrived', () => {
    const reader = new NdjsonReader<{ n: number }>();
    expect(reader.read('')).toEqual([]);
    expect(reader.read('{"n":1}\n{"n"')).toEqual([{ n: 1 }]);
    expect(reader.read('{"n":1}\n{"n"')).toEqual([]);
    expect(reader.read('{"n":1}\n{"n":2}\n\n{"n":3}\n')).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it('keeps a last line without its newline for later', () => {
    const reader = new NdjsonReader<{ done: boolean }>();
    expect(reader.read('{"done":true}')).toEqual([]);
    expect(reader.read('{"done":true}\n')).toEqual([{ done: true }]);
  });
});
