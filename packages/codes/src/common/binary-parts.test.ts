import { describe, expect, it } from 'vitest';
import { BinaryParts, packParts } from './binary-parts.ts';

describe('binary parts', () => {
  const bytes = packParts({
    odd: Uint8Array.from([1, 2, 3]),
    ints: Int32Array.from([-1, 0, 2 ** 31 - 1]),
    text: 'ab\ncd é',
    floats: Float64Array.from([0.1, 2 ** 53 - 1]),
    scores: Float32Array.from([1.5, -2]),
    empty: '',
  });

  it('reads every part back, typed arrays as aligned views', () => {
    const parts = new BinaryParts(bytes);
    expect([...parts.uint8('odd')]).toEqual([1, 2, 3]);
    expect([...parts.int32('ints')]).toEqual([-1, 0, 2 ** 31 - 1]);
    expect(parts.text('text')).toBe('ab\ncd é');
    expect([...parts.float64('floats')]).toEqual([0.1, 2 ** 53 - 1]);
    expect([...parts.float32('scores')]).toEqual([1.5, -2]);
    expect(parts.text('empty')).toBe('');
  });

  it('reads a section that sits at an unaligned offset inside a larger buffer', () => {
    const outer = new Uint8Array(bytes.byteLength + 3);
    outer.set(bytes, 3);
    expect([...new BinaryParts(outer.subarray(3)).int32('ints')]).toEqual([-1, 0, 2 ** 31 - 1]);
  });

  it('refuses foreign, truncated or mistyped reads', () => {
    expect(() => new BinaryParts(new TextEncoder().encode('MBCS1 something'))).toThrow(
      /not a medbill binary section/,
    );
    expect(() => new BinaryParts(bytes.subarray(0, bytes.byteLength - 4))).toThrow(/truncated/);
    expect(() => new BinaryParts(bytes).float32('ints')).toThrow(/no f32 part "ints"/);
  });
});
