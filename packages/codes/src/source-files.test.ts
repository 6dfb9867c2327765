import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeText, readSourceFiles, unwrap } from './source-files.ts';

const codesets =
  process.env.MEDBILL_CODESETS_DIR ?? join(import.meta.dirname, '../../../../shared/codesets');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('unwrap', () => {
  it('expands a zip inside a zip and a gzip, keeping the path', () => {
    const inner = zipSync({ 'order.txt': bytes('A00\n') });
    const outer = zipSync({
      'release/inner.zip': inner,
      'README.gz': new Uint8Array(gzipSync(bytes('hi'))),
    });
    const files = unwrap('bundle.zip', outer);
    expect(files.map((f) => f.name)).toEqual([
      'bundle.zip/README',
      'bundle.zip/release/inner.zip/order.txt',
    ]);
    expect(decodeText(files[1]?.bytes ?? new Uint8Array())).toBe('A00\n');
    expect(files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('decodeText', () => {
  it('reads Windows-1252 text such as the ® in HCPCS descriptors', () => {
    expect(decodeText(new Uint8Array([0x4c, 0x75, 0x70, 0x72, 0x6f, 0x6e, 0xae]))).toBe('Lupron®');
  });
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(bytes('\uFEFFSjögren'))).toBe('Sjögren');
  });
});

describe('readSourceFiles', () => {
  it('reads the CDC FY2026 code-description zip as published', async () => {
    const files = await readSourceFiles(
      join(codesets, 'icd10cm/fy2026/icd10cm-Code-Descriptions-2026.zip'),
    );
    expect(files.map((f) => f.name)).toContain(
      'icd10cm-Code-Descriptions-2026.zip/icd10cm-order-2026.txt',
    );
  });
});
