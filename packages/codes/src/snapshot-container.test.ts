import { describe, expect, it } from 'vitest';
import { inflateSnapshot, packSnapshot, unpackSnapshot } from './snapshot-container.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('snapshot container', () => {
  it('round-trips named sections and hashes the content, not the compression', () => {
    const packed = packSnapshot({
      icd10cm: text('{"codes":1}'),
      hcpcs: text(''),
      search: new Uint8Array([0, 255, 7]),
    });
    const sections = unpackSnapshot(packed.bytes);
    expect([...sections.keys()]).toEqual(['hcpcs', 'icd10cm', 'search']);
    expect(new TextDecoder().decode(sections.get('icd10cm'))).toBe('{"codes":1}');
    expect([...(sections.get('search') ?? [])]).toEqual([0, 255, 7]);
    expect(
      packSnapshot({
        search: new Uint8Array([0, 255, 7]),
        icd10cm: text('{"codes":1}'),
        hcpcs: text(''),
      }).sha256,
    ).toBe(packed.sha256);
  });

  it('reads a snapshot inflated ahead (as the server caches it) like the stored one', () => {
    const packed = packSnapshot({ icd10cm: text('{"codes":1}') });
    const inflated = inflateSnapshot(packed.bytes);
    expect(new TextDecoder().decode(inflated.subarray(0, 5))).toBe('MBCS1');
    expect(unpackSnapshot(inflated)).toEqual(unpackSnapshot(packed.bytes));
    expect(inflateSnapshot(inflated)).toBe(inflated);
  });

  it('refuses a buffer that is not a snapshot', () => {
    expect(() => unpackSnapshot(packSnapshot({}).bytes.subarray(0, 5))).toThrow();
  });
});
