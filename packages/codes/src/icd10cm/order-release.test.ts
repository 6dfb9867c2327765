import { MedbillError } from '@medbill/core';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../source-files.ts';
import { ICD10CM_FILES, readCodeset } from './codesets-for-tests.ts';
import { parseOrderFile } from './order-file.ts';
import { importOrderRelease, isOrderFileName } from './order-release.ts';
import { releasePeriodFromFileName } from './release-naming.ts';

const line = (order: number, code: string, flag: string, short: string, long: string): string =>
  `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${short.padEnd(60)} ${long}`;

const fixture =
  [
    line(1, 'A00', '0', 'Cholera', 'Cholera'),
    line(
      2,
      'A000',
      '1',
      'Cholera due to Vibrio cholerae 01, biovar cholerae',
      'Cholera due to Vibrio cholerae 01, biovar cholerae',
    ),
  ].join('\r\n') + '\r\n';

function problemsOf(run: () => unknown): readonly { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof MedbillError) return error.problems;
    throw error;
  }
  throw new Error('expected a MedbillError');
}

describe('parseOrderFile (CDC fixed-width layout)', () => {
  it('reads a tiny fixture in the published layout', () => {
    const rows = parseOrderFile(fixture, 'icd10cm-order-2026.txt');
    expect(rows.codes).toEqual(['A00', 'A000']);
    expect([...rows.billable]).toEqual([0, 1]);
    expect(rows.shortTitles[0]).toBe('Cholera');
    expect(rows.longTitles[1]).toBe('Cholera due to Vibrio cholerae 01, biovar cholerae');
  });

  it.each([
    ['a bad flag', line(1, 'A00', '2', 'x', 'x'), 'order.txt:1:15', 'expected flag 0'],
    ['a dotted code', line(1, 'A00.0', '1', 'x', 'x'), 'order.txt:1:7', 'without dot'],
    ['a short line', '00001 A00     0 Cholera', 'order.txt:1:24', 'at least 78'],
    [
      'a letter in the order number',
      line(1, 'A00', '1', 'x', 'x').replace('00001', '0000l'),
      'order.txt:1:1',
      '5-digit',
    ],
    [
      'a missing blank',
      line(1, 'A00', '1', 'x', 'x').slice(0, 76) + 'X' + 'x',
      'order.txt:1:77',
      'blank',
    ],
  ])('locates %s', (_name, text, path, expected) => {
    const problems = problemsOf(() => parseOrderFile(text, 'order.txt'));
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toContain(expected);
  });

  it('reports a gap in the order numbers once', () => {
    const text = [
      line(1, 'A00', '0', 'x', 'x'),
      line(3, 'A000', '1', 'x', 'x'),
      line(4, 'A001', '1', 'x', 'x'),
    ].join('\n');
    const problems = problemsOf(() => parseOrderFile(text, 'o.txt'));
    expect(problems).toEqual([
      {
        path: 'o.txt:2:1',
        message: 'expected order number 00002, found 00003',
        code: 'icd10cm-order',
      },
    ]);
  });

  it('reports every bad line and returns nothing (all or nothing)', () => {
    const text = [
      line(1, 'A00', '0', 'x', 'x'),
      line(2, 'a01', '1', 'x', 'x'),
      line(3, 'A00', '1', 'x', 'x'),
    ].join('\n');
    const problems = problemsOf(() => parseOrderFile(text, 'o.txt'));
    expect(problems.map((p) => p.path)).toEqual(['o.txt:2:7', 'o.txt:3:7']);
    expect(problems[1]?.message).toContain('repeated');
  });
});

describe('releasePeriodFromFileName', () => {
  it.each([
    ['icd10cm-order-2026.txt', 'FY2026', '2025-10-01', '2026-09-30'],
    ['icd10cm-order-2025.txt', 'FY2025', '2024-10-01', '2025-09-30'],
    ['icd10cm-order-April-2025.txt', 'FY2025-04', '2025-04-01', '2025-09-30'],
    ['icd10cm-order-Jan-2021.txt', 'FY2021-01', '2021-01-01', '2021-09-30'],
    ['icd10cm_tabular_2021.xml', 'FY2021', '2020-10-01', '2021-09-30'],
  ])('%s → %s from %s to %s', (name, version, from, to) => {
    expect(releasePeriodFromFileName(name)).toEqual({
      version,
      effectiveFrom: from,
      effectiveTo: to,
    });
  });

  it('finds the order file but not the addenda', () => {
    expect(isOrderFileName('x.zip/icd10cm-order-2026.txt')).toBe(true);
    expect(isOrderFileName('x.zip/icd10cm-order-addenda-2026.txt')).toBe(false);
    expect(isOrderFileName('x.zip/icd10cm-codes-2026.txt')).toBe(false);
  });
});

describe('importOrderRelease on the official files (counts from PROVENANCE.md)', () => {
  const count = (rows: { billable: Uint8Array }): [number, number] => {
    const billable = rows.billable.reduce((n, flag) => n + flag, 0);
    return [rows.billable.length, billable];
  };

  it.each([
    [ICD10CM_FILES.fy2026, 'FY2026', '2025-10-01', 98_186, 74_719],
    [ICD10CM_FILES.fy2025, 'FY2025', '2024-10-01', 97_584, 74_260],
    [ICD10CM_FILES.fy2021Order, 'FY2021-01', '2021-01-01', 95_358, 72_621],
  ])('%s', async (file, version, from, lines, billable) => {
    const { release, rows } = importOrderRelease(await readCodeset(file));
    expect(release.version).toBe(version);
    expect(release.effectiveFrom).toBe(from);
    expect(release.sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(count(rows)).toEqual([lines, billable]);
  });

  it('refuses a release without exactly one order file', () => {
    const file: SourceFile = {
      name: 'icd10cm-codes-2026.txt',
      bytes: new Uint8Array(),
      sha256: '',
    };
    expect(() => importOrderRelease([file])).toThrow(/exactly one/);
  });
});
