import { isoDate, MedbillError } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCodeset } from '../icd10cm/codesets-for-tests.ts';
import { unwrap, type SourceFile } from '../source-files.ts';
import type { Icd10pcsStore } from './icd10pcs-store.ts';
import { importIcd10pcs, isIcd10pcsFileName } from './import-icd10pcs.ts';

const FY2025 = 'icd10pcs/fy2025/cms_2025_pr.zip';
const FY2026 = 'icd10pcs/fy2026/cms_2026_pr.zip';

const line = (order: number, code: string, flag: string, title: string): string =>
  `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${title.padEnd(60)} ${title}`;

const textFile = (name: string, text: string): SourceFile =>
  unwrap(name, new TextEncoder().encode(text))[0]!;

function problemsOf(run: () => unknown): readonly { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof MedbillError) return error.problems;
    throw error;
  }
  throw new Error('expected a MedbillError');
}

describe('importIcd10pcs on the CMS order files (counts from PROVENANCE.md)', () => {
  let store: Icd10pcsStore;
  beforeAll(async () => {
    store = importIcd10pcs([...(await readCodeset(FY2025)), ...(await readCodeset(FY2026))]);
  });

  it('reads each year as a fiscal-year release with its valid codes and headings', () => {
    const data = store.codes.data;
    const counts = data.releases.map((release, r) => {
      const status = [...(data.status[r] ?? [])];
      return {
        version: release.version,
        from: release.effectiveFrom,
        to: release.effectiveTo,
        lines: status.filter((s) => s !== 0).length,
        valid: status.filter((s) => s === 2).length,
      };
    });
    expect(counts).toEqual([
      { version: 'FY2025', from: '2024-10-01', to: '2025-09-30', lines: 79_856, valid: 78_948 },
      { version: 'FY2026', from: '2025-10-01', to: '2026-09-30', lines: 80_029, valid: 79_115 },
    ]);
  });

  it('answers on the date of service: valid, a heading, deleted, not yet valid', () => {
    const on = (code: string, date: string) => store.codes.lookup(code, isoDate(date));
    const appendectomy = on('0dtj4zz', '2026-01-15');
    expect(appendectomy).toMatchObject({ status: 'valid', billable: true });
    expect(appendectomy.status === 'valid' && appendectomy.longTitle).toBe(
      'Resection of Appendix, Percutaneous Endoscopic Approach',
    );
    expect(on('0DT', '2026-01-15')).toMatchObject({ status: 'valid', billable: false });
    // Deleted for FY2026 (order_addenda_2026.txt: "Delete: X2A5312").
    expect(on('X2A5312', '2025-09-30')).toMatchObject({ status: 'valid', billable: true });
    expect(on('X2A5312', '2025-10-01')).toMatchObject({
      status: 'not-valid-on-dos',
      reason: 'deleted',
      message: expect.stringContaining('last valid in FY2025') as unknown,
    });
    // New for FY2026 ("Add: 00H033J").
    expect(on('00H033J', '2025-09-30')).toMatchObject({
      reason: 'not-yet-valid',
      message: expect.stringContaining('new in FY2026') as unknown,
    });
    expect(on('0DTJ4ZZ', '2024-09-30')).toMatchObject({ reason: 'no-release-on-dos' });
  });

  it('recognises the files inside the zip by their CMS names, not the zip name', () => {
    expect(isIcd10pcsFileName('cms_2026_pr.zip/icd10pcs_order_2026.txt')).toBe(true);
    expect(isIcd10pcsFileName('cms_2026_pr.zip/order_addenda_2026.txt')).toBe(true);
    expect(isIcd10pcsFileName('cms_2026_pr.zip/icd10pcsOrderFile.pdf')).toBe(false);
    expect(isIcd10pcsFileName('x.zip/icd10cm-order-addenda-2026.txt')).toBe(false);
  });
});

describe('importIcd10pcs refuses a bad release, located, with nothing imported', () => {
  const order = [
    line(1, '0DT', '0', 'Gastrointestinal System, Resection'),
    line(2, '0DTJ4ZZ', '1', 'Resection of Appendix, Percutaneous Endoscopic Approach'),
  ];

  it('a valid code that is not seven characters, a heading that is', () => {
    const text = [
      line(1, '0DT', '1', 'Gastrointestinal System, Resection'),
      line(2, '0DTJ4ZZ', '0', 'Resection of Appendix'),
    ].join('\r\n');
    expect(problemsOf(() => importIcd10pcs([textFile('icd10pcs_order_2026.txt', text)]))).toEqual([
      expect.objectContaining({
        path: 'icd10pcs_order_2026.txt:1:7',
        message: expect.stringContaining('expected 7 characters') as unknown,
      }),
      expect.objectContaining({ path: 'icd10pcs_order_2026.txt:2:7' }),
    ]);
  });

  it('an order file that holds fewer codes than its addenda states', () => {
    const addenda = textFile(
      'order_addenda_2026.txt',
      'Codes\r\n  78986 codes in icd10pcs_order_2025.txt\r\n      2 codes in icd10pcs_order_2026.txt\r\n',
    );
    expect(
      problemsOf(() =>
        importIcd10pcs([textFile('icd10pcs_order_2026.txt', order.join('\n')), addenda]),
      ),
    ).toEqual([
      {
        path: 'icd10pcs_order_2026.txt',
        code: 'icd10pcs-count',
        message: 'expected 2 codes as order_addenda_2026.txt:3 states, found 1',
      },
    ]);
  });

  it('an order file whose year cannot be told, or two for one year', () => {
    expect(() => importIcd10pcs([textFile('icd10pcs_order.txt', order.join('\n'))])).toThrow(
      /No ICD-10-PCS order file/,
    );
    const twice = [
      textFile('a/icd10pcs_order_2026.txt', order.join('\n')),
      textFile('b/icd10pcs_order_2026.txt', order.join('\n')),
    ];
    expect(() => importIcd10pcs(twice)).toThrow(/Two ICD-10-PCS order files for FY2026/);
  });
});
