import { describe, expect, it } from 'vitest';
import { packSnapshot, unpackSnapshot } from './snapshot-container.ts';

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

  it('refuses a buffer that is not a snapshot', () => {
    expect(() => unpackSnapshot(packSnapshot({}).bytes.subarray(0, 5))).toThrow();
  });
});
