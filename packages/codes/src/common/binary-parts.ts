import { MedbillError } from '@medbill/core';

/** What a part can be: a typed array, read back as a view without copying, or text. */
export type BinaryPart =
  Int32Array | Uint32Array | Float32Array | Float64Array | Uint8Array | string;

type PartKind = 'i32' | 'f32' | 'f64' | 'u8' | 'text';

const MAGIC = 'MBBP1';
/** Every part starts on an 8-byte boundary, so that any typed array can view it in place. */
const ALIGN = 8;

const kindOf = (part: BinaryPart): PartKind =>
  typeof part === 'string'
    ? 'text'
    : part instanceof Int32Array
      ? 'i32'
      : part instanceof Float32Array
        ? 'f32'
        : part instanceof Float64Array
          ? 'f64'
          : 'u8';

const align = (offset: number) => Math.ceil(offset / ALIGN) * ALIGN;

/**
 * Lays named typed arrays and texts out in one buffer: `MBBP1`, a 4-byte header length, a JSON
 * header of `[name, kind, offset, byteLength]`, then each part at an 8-byte-aligned offset.
 * {@link BinaryParts} gives the typed arrays back as views over one copy of it, so reading a
 * large index costs a copy, not a parse.
 */
export function packParts(parts: Readonly<Record<string, BinaryPart>>): Uint8Array {
  const encoder = new TextEncoder();
  const bodies = Object.entries(parts).map(([name, part]) => {
    const bytes =
      typeof part === 'string'
        ? encoder.encode(part)
        : new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    return { name, kind: kindOf(part), bytes };
  });
  // Offsets are relative to the body, which starts aligned after the header.
  let offset = 0;
  const layout = bodies.map(({ name, kind, bytes }) => {
    const at = align(offset);
    offset = at + bytes.byteLength;
    return [name, kind, at, bytes.byteLength] as const;
  });
  const header = encoder.encode(JSON.stringify(layout));
  const bodyStart = align(MAGIC.length + 4 + header.byteLength);
  const out = new Uint8Array(bodyStart + offset);
  out.set(encoder.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, header.byteLength);
  out.set(header, MAGIC.length + 4);
  bodies.forEach(({ bytes }, i) => out.set(bytes, bodyStart + (layout[i]?.[2] ?? 0)));
  return out;
}

/**
 * One text part of a {@link packParts} buffer read in place, without the copy
 * {@link BinaryParts} makes: undefined when the buffer is foreign or has no such text part.
 */
export function peekText(bytes: Uint8Array, name: string): string | undefined {
  const decoder = new TextDecoder();
  if (bytes.byteLength < MAGIC.length + 4 || decoder.decode(bytes.subarray(0, 5)) !== MAGIC) {
    return undefined;
  }
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + headerLength;
  if (headerEnd > bytes.byteLength) return undefined;
  const layout = JSON.parse(decoder.decode(bytes.subarray(MAGIC.length + 4, headerEnd))) as [
    string,
    PartKind,
    number,
    number,
  ][];
  const part = layout.find(([partName, kind]) => partName === name && kind === 'text');
  if (!part) return undefined;
  const start = align(headerEnd) + part[2];
  return start + part[3] > bytes.byteLength
    ? undefined
    : decoder.decode(bytes.subarray(start, start + part[3]));
}

/** The parts written by {@link packParts}, typed arrays as views; throws on foreign bytes. */
export class BinaryParts {
  readonly #buffer: ArrayBuffer;
  readonly #parts = new Map<string, { kind: PartKind; offset: number; length: number }>();

  constructor(bytes: Uint8Array) {
    // One copy: aligned whatever the offset of `bytes`, and holding on to none of its buffer.
    const own = new Uint8Array(bytes);
    const decoder = new TextDecoder();
    if (own.byteLength < MAGIC.length + 4 || decoder.decode(own.subarray(0, 5)) !== MAGIC) {
      throw new MedbillError('invalid', 'not a medbill binary section');
    }
    const view = new DataView(own.buffer);
    const headerLength = view.getUint32(MAGIC.length);
    const headerEnd = MAGIC.length + 4 + headerLength;
    const layout = JSON.parse(decoder.decode(own.subarray(MAGIC.length + 4, headerEnd))) as [
      string,
      PartKind,
      number,
      number,
    ][];
    const bodyStart = align(headerEnd);
    for (const [name, kind, offset, length] of layout) {
      if (bodyStart + offset + length > own.byteLength) {
        throw new MedbillError('invalid', `binary section is truncated in part ${name}`);
      }
      this.#parts.set(name, { kind, offset: bodyStart + offset, length });
    }
    this.#buffer = own.buffer;
  }

  has(name: string): boolean {
    return this.#parts.has(name);
  }

  int32(name: string): Int32Array {
    return this.#view(name, 'i32', Int32Array);
  }

  float32(name: string): Float32Array {
    return this.#view(name, 'f32', Float32Array);
  }

  float64(name: string): Float64Array {
    return this.#view(name, 'f64', Float64Array);
  }

  uint8(name: string): Uint8Array {
    return this.#view(name, 'u8', Uint8Array);
  }

  text(name: string): string {
    const { offset, length } = this.#part(name, 'text');
    return new TextDecoder().decode(new Uint8Array(this.#buffer, offset, length));
  }

  #view<T>(
    name: string,
    kind: PartKind,
    Typed: {
      new (buffer: ArrayBuffer, offset: number, length: number): T;
      BYTES_PER_ELEMENT: number;
    },
  ): T {
    const { offset, length } = this.#part(name, kind);
    return new Typed(this.#buffer, offset, length / Typed.BYTES_PER_ELEMENT);
  }

  #part(name: string, kind: PartKind) {
    const part = this.#parts.get(name);
    if (!part || part.kind !== kind) {
      throw new MedbillError('invalid', `binary section has no ${kind} part "${name}"`);
    }
    return part;
  }
}
