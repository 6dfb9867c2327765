import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MedbillError } from '@medbill/core';
import { unwrap } from '../source-files.ts';
import { importHcpcs } from './import-hcpcs.ts';

const HEADINGS = [
  'HCPC',
  'SEQNUM',
  'RECID',
  'LONG DESCRIPTION',
  'SHORT DESCRIPTION',
  'PRICE1',
  'PRICE2',
  'PRICE3',
  'PRICE4',
  'COV',
  'BETOS',
  'TOS1',
  'TOS2',
  'TOS3',
  'TOS4',
  'TOS5',
  'ANEST_BU',
  'ADD DT',
  'ACT EFF DT',
  'TERM DT',
  'ACTION CD',
];

async function workbook(rows: string[][], name = 'HCPC2025_OCT_ANWEB.xlsx') {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('HCPC2025_OCT_ANWEB');
  for (const row of rows) sheet.addRow(row);
  const buffer = await book.xlsx.writeBuffer();
  return unwrap(name, new Uint8Array(buffer));
}

const G0008 = [
  'G0008',
  '0010',
  '3',
  'Administration of influenza virus vaccine',
  'Admin influenza virus vac',
  '54',
  '',
  '',
  '',
  'C',
  'O1G',
  'V',
  '',
  '',
  '',
  '',
  '',
  '19940101',
  '19960101',
  '',
  'N',
];

describe('the Excel form of the HCPCS file', () => {
  it('finds columns by heading, in any order', async () => {
    const reversed = [[...HEADINGS].reverse(), [...G0008].reverse()];
    const release = await importHcpcs(await workbook(reversed));
    expect(release.codes.get('G0008')).toMatchObject({
      pricingIndicators: ['54'],
      coverage: 'C',
      betos: 'O1G',
      typesOfService: ['V'],
      addDate: '1994-01-01',
      actionEffectiveDate: '1996-01-01',
      actionCode: 'N',
    });
  });

  it('locates a missing column and a bad cell by sheet row', async () => {
    const missing = await importHcpcs(
      await workbook([HEADINGS.slice(0, -1), G0008.slice(0, -1)]),
    ).catch((e: unknown) => e);
    expect((missing as MedbillError).problems.map((p) => `${p.path} ${p.message}`)).toEqual([
      'HCPC2025_OCT_ANWEB.xlsx:1 expected columns ACTION CD in the heading row',
    ]);
    const bad = G0008.map((cell, i) => (HEADINGS[i] === 'ADD DT' ? '1994-01-01' : cell));
    const error = await importHcpcs(await workbook([HEADINGS, G0008, bad])).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MedbillError);
    expect((error as MedbillError).problems.map((p) => `${p.path} ${p.message}`)).toEqual([
      'HCPC2025_OCT_ANWEB.xlsx:3:HCPCS Code Added Date expected a date as YYYYMMDD, got "1994-01-01"',
      'HCPC2025_OCT_ANWEB.xlsx:3:HCPCS Code expected one record for G0008, got "a second"',
    ]);
  });
});
