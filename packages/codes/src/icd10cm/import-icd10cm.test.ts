import { describe, expect, it } from 'vitest';
import { importIcd10cm } from './import-icd10cm.ts';

const line = (order: number, code: string, flag: string, title: string): string =>
  `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${title.padEnd(60)} ${title}`;
const text = (name: string, content: string) => ({
  name,
  bytes: new TextEncoder().encode(content),
  sha256: name,
});
const order = (name: string) =>
  text(
    name,
    `${line(1, 'A00', '0', 'Cholera')}\r\n${line(2, 'A000', '1', 'Cholera due to Vibrio cholerae 01, biovar cholerae')}\r\n`,
  );

describe('importIcd10cm on fixtures', () => {
  it('ignores files it does not know and reads what it does', () => {
    const store = importIcd10cm([
      order('x.zip/icd10cm-order-2026.txt'),
      order('x.zip/icd10cm-order-addenda-2026.txt'),
      text('x.zip/icd10cmCodesFile.pdf', '%PDF'),
      text(
        'icd10cm_tabular_2026.xml',
        '<ICD10CM.tabular><version>2026</version><chapter><name>1</name><desc>c</desc><section id="A00-A09"><desc>s</desc><diag><name>A00</name><desc>Cholera</desc></diag></section></chapter></ICD10CM.tabular>',
      ),
      text(
        'icd10cm_index_2026.xml',
        '<ICD10CM.index><version>2026</version><letter><title>C</title><mainTerm><title>Cholera</title><code>A00.9</code><manif>X00</manif></mainTerm></letter></ICD10CM.index>',
      ),
    ]);
    expect(store.codes.data.releases.map((r) => r.version)).toEqual(['FY2026']);
    expect(store.tabular?.nodes.get('A00')?.title).toBe('Cholera');
    expect(store.indexes.map((i) => i.kind)).toEqual(['index']);
    expect([...store.indexManifestations]).toEqual(['X00']);
  });

  it('refuses a set without an order file, or with two for one release', () => {
    expect(() => importIcd10cm([text('icd10cm-codes-2026.txt', '')])).toThrow(
      /No ICD-10-CM order file/,
    );
    expect(() =>
      importIcd10cm([order('a/icd10cm-order-2026.txt'), order('b/icd10cm_order_2026.txt')]),
    ).toThrow(/Two order files for FY2026/);
  });
});
