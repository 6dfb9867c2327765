import { describe, expect, it } from 'vitest';
import { isoDate } from '@medbill/core';
import { codesetsPath } from '../common/codesets-dir.ts';
import { readSourceFiles, unwrap } from '../source-files.ts';
import { isPoaExemptFileName, parsePoaExemptList, poaExemptListOn } from './poa-exempt.ts';

const file = (name: string, text: string) => unwrap(name, new TextEncoder().encode(text))[0]!;

describe('POA-exempt list', () => {
  it('knows the full list from its add, delete and revise lists', () => {
    expect(isPoaExemptFileName('POAexemptCodesFY26.zip/POAexemptCodesFY26.txt')).toBe(true);
    expect(isPoaExemptFileName('POAexemptAddCodesFY26.txt')).toBe(false);
    expect(isPoaExemptFileName('POAexemptCodesFY26.xlsx')).toBe(false);
  });

  it('reads the official FY2026 list: 38,349 codes, in force from 2025-10-01', async () => {
    const files = await readSourceFiles(codesetsPath('icd10cm/fy2026/POAexemptCodesFY26.zip'));
    const list = parsePoaExemptList(files.find((f) => isPoaExemptFileName(f.name))!);
    expect(list.codes.size).toBe(38_349);
    expect(list.codes.has('Z9911')).toBe(true);
    expect(list.codes.has('I10')).toBe(false);
    expect(list.effectiveFrom).toBe('2025-10-01');
    expect(poaExemptListOn([list], isoDate('2026-09-30'))).toBe(list);
    expect(poaExemptListOn([list], isoDate('2025-09-30'))).toBeUndefined();
  });

  it('refuses a line that is not a code, naming its line and column', () => {
    const bad = file(
      'POAexemptCodesFY26.txt',
      'Order26\tPOAexemptCode\tDescription\r\n01238\tB90.0\tSequelae\r\n01239\tB9?\tBroken\r\n',
    );
    expect(() => parsePoaExemptList(bad)).toThrow(/unreadable line 3/);
    try {
      parsePoaExemptList(bad);
    } catch (error) {
      expect(JSON.stringify(error)).toContain('POAexemptCodesFY26.txt:3:7');
    }
  });

  it('refuses another layout', () =>
    expect(() => parsePoaExemptList(file('POAexemptCodesFY26.txt', 'code,title\n'))).toThrow(
      /not the POA-exempt list layout/,
    ));
});
