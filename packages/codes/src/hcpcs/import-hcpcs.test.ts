import { describe, expect, it } from 'vitest';
import { isoDate } from '@medbill/core';
import { codesetsPath } from '../common/codesets-dir.ts';
import { readSourceFiles } from '../source-files.ts';
import type { HcpcsCode } from './hcpcs-types.ts';
import { importHcpcs } from './import-hcpcs.ts';

const APR_2026 = codesetsPath('hcpcs/2026-apr/hcpc2026_apr_anweb_0.zip');
const OCT_2025 = codesetsPath('hcpcs/2025-oct/HCPC2025_OCT_ANWEB.xlsx');
const ANNUAL_2019 = codesetsPath('hcpcs/fallback-2019/2019-Alpha-Numeric-HCPCS-File.zip');

describe('importHcpcs on the official files (counts from PROVENANCE.md)', () => {
  it('reads the April 2026 zip: 8,685 codes and 383 modifiers from 16,733 records', async () => {
    const apr = await importHcpcs(await readSourceFiles(APR_2026));
    expect(apr.release).toMatchObject({
      system: 'hcpcs',
      version: '2026-04',
      effectiveFrom: '2026-04-01',
    });
    expect(apr.release.sources[0]?.name).toMatch(/HCPC2026_APR_ANWEB\.txt$/);
    expect(apr.codes.size).toBe(8685);
    expect(apr.modifiers.size).toBe(383);
  });

  it('reads the October 2025 Excel file: 8,463 codes and 383 modifiers', async () => {
    const oct = await importHcpcs(await readSourceFiles(OCT_2025));
    expect(oct.release).toMatchObject({ version: '2025-10', effectiveFrom: '2025-10-01' });
    expect(oct.codes.size).toBe(8463);
    expect(oct.modifiers.size).toBe(383);
  });

  it('reads the 2019 annual zip past its disclaimer lines: 6,440 codes and 360 modifiers', async () => {
    const annual = await importHcpcs(await readSourceFiles(ANNUAL_2019));
    expect(annual.release).toMatchObject({ version: '2019-01', effectiveFrom: '2019-01-01' });
    expect(annual.codes.size).toBe(6440);
    expect(annual.modifiers.size).toBe(360);
  });

  it('joins continuation records as the Excel copy in the same zip has them', async () => {
    // CMS renders one database twice. Where the two copies differ, the differences are CMS's:
    // 15 long descriptions with a double space at a record break (the text file cannot carry
    // it), 117 action effective dates left blank in the Excel copy, C9248's second pricing
    // indicator missing from the text record. Everything else must be identical.
    const files = await readSourceFiles(APR_2026);
    const fromText = await importHcpcs(files);
    const fromSheet = await importHcpcs(files.filter((file) => file.name.endsWith('ANWEB.xlsx')));
    const squeeze = (text: string): string => text.replace(/ +/g, ' ');
    const differing = {
      longDescription: 0,
      actionEffectiveDate: 0,
      pricingIndicators: [] as string[],
    };
    for (const code of fromText.codes.values()) {
      const other = fromSheet.codes.get(code.code);
      if (other === undefined) throw new Error(`${code.code} missing from the Excel copy`);
      if (other.longDescription !== code.longDescription) differing.longDescription += 1;
      if (other.actionEffectiveDate !== code.actionEffectiveDate)
        differing.actionEffectiveDate += 1;
      if (other.pricingIndicators.join() !== code.pricingIndicators.join()) {
        differing.pricingIndicators.push(code.code);
      }
      const comparable = (entry: HcpcsCode) => ({
        ...entry,
        longDescription: squeeze(entry.longDescription),
        actionEffectiveDate: undefined,
        pricingIndicators: [],
      });
      expect(comparable(code)).toEqual(comparable(other));
    }
    expect(differing).toEqual({
      longDescription: 15,
      actionEffectiveDate: 117,
      pricingIndicators: ['C9248'],
    });
    expect([...fromText.modifiers.values()]).toEqual([...fromSheet.modifiers.values()]);
  });

  it('keeps every field of a record (G2211, six records long)', async () => {
    const apr = await importHcpcs(await readSourceFiles(APR_2026));
    expect(apr.codes.get('G2211')).toEqual({
      code: 'G2211',
      longDescription:
        "Visit complexity inherent to evaluation and management associated with medical care services that serve as the continuing focal point for all needed health care services and/or with medical care services that are part of ongoing care related to a patient's single, serious condition or a complex condition. (add-on code, list separately in addition to home or residence or office/outpatient evaluation and management service, new or established)",
      shortDescription: 'Complex e/m visit add on',
      pricingIndicators: ['00'],
      coverage: 'C',
      betos: 'Z2',
      typesOfService: ['1'],
      anesthesiaBaseUnits: 0,
      addDate: isoDate('2021-01-01'),
      actionEffectiveDate: isoDate('2026-01-01'),
      actionCode: 'C',
    });
    expect(apr.codes.get('C5271')?.terminationDate).toBe('2025-12-31');
    expect(apr.modifiers.get('RT')?.shortDescription).toBe('Right side');
  });
});
