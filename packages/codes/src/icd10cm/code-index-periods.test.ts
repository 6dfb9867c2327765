import { isoDate } from '@medbill/core';
import { describe, expect, it } from 'vitest';
import { buildCodeIndex } from './code-index.ts';
import { importOrderRelease } from './order-release.ts';

const line = (order: number, code: string, flag: string, title: string): string =>
  `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${title.padEnd(60)} ${title}`;
const file = (name: string, rows: string[]) => ({
  name,
  bytes: new TextEncoder().encode(rows.join('\r\n') + '\r\n'),
  sha256: name,
});

describe('release periods from file names (fixtures in the CDC layout)', () => {
  const october = importOrderRelease([
    file('icd10cm-order-2025.txt', [
      line(1, 'U07', '0', 'Emergency use'),
      line(2, 'U071', '1', 'COVID-19'),
    ]),
  ]);
  const april = importOrderRelease([
    file('icd10cm-order-April-2025.txt', [
      line(1, 'U07', '0', 'Emergency use'),
      line(2, 'U071', '1', 'COVID-19'),
      line(3, 'U072', '1', 'New in April'),
    ]),
  ]);
  const index = buildCodeIndex([april, october]);

  it('ends the October release the day before the April update starts', () => {
    expect(index.data.releases.map((r) => [r.version, r.effectiveFrom, r.effectiveTo])).toEqual([
      ['FY2025', '2024-10-01', '2025-03-31'],
      ['FY2025-04', '2025-04-01', '2025-09-30'],
    ]);
  });

  it('knows a code added on April 1', () => {
    expect(index.lookup('U07.2', isoDate('2025-03-31'))).toMatchObject({
      status: 'not-valid-on-dos',
      reason: 'not-yet-valid',
    });
    expect(index.lookup('U07.2', isoDate('2025-04-01'))).toMatchObject({
      status: 'valid',
      longTitle: 'New in April',
    });
  });

  it('takes an explicit period for a renamed file', () => {
    const renamed = importOrderRelease(
      [file('icd10cm-order-2099.txt', [line(1, 'A00', '0', 'Cholera')])],
      {
        version: 'FY2026',
        effectiveFrom: isoDate('2025-10-01'),
        effectiveTo: isoDate('2026-09-30'),
      },
    );
    expect(renamed.release).toMatchObject({
      version: 'FY2026',
      effectiveFrom: '2025-10-01',
      effectiveTo: '2026-09-30',
    });
  });
});
