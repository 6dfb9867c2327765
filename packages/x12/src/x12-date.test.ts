import { describe, expect, it } from 'vitest';
import { parseX12Date } from './x12-date.ts';

describe('parseX12Date', () => {
  it.each([
    ['20240229', '2024-02-29'],
    ['20110108', '2011-01-08'],
    ['20001231', '2000-12-31'],
  ])('%s -> %s', (text, iso) => {
    expect(parseX12Date(text)).toBe(iso);
    expect(parseX12Date(`DTM*472*${text}*1`, 8, 8 + text.length)).toBe(iso);
  });
  it.each(['20230229', '19000229', '20241301', '20240100', '2024011', '110108', 'abcdefgh', ''])(
    '%j is rejected',
    (text) => {
      expect(parseX12Date(text)).toBeUndefined();
      expect(parseX12Date(`DTM*472*${text}*1`, 8, 8 + text.length)).toBeUndefined();
    },
  );
});
