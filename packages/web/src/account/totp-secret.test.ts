import { describe, expect, it } from 'vitest';
import { groupSecret, otpauthLabel, totpCode } from './totp-secret.ts';

describe('groupSecret', () => {
  it('groups a 32-character secret by 4', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
  });
  it('keeps a short last group', () => expect(groupSecret('ABCDEF')).toBe('ABCD EF'));
});

describe('totpCode', () => {
  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['123-456', '123456'],
    ['12345', undefined],
    ['1234567', undefined],
    ['12a456', undefined],
  ])('%j → %j', (text, code) => expect(totpCode(text)).toBe(code));
});

describe('otpauthLabel', () => {
  it('reads issuer and account', () => {
    expect(
      otpauthLabel('otpauth://totp/medbill:biller%40demo.test?secret=ABC&issuer=medbill'),
    ).toEqual({ issuer: 'medbill', account: 'biller@demo.test' });
  });
  it('reads a label without issuer', () => {
    expect(otpauthLabel('otpauth://totp/a%40b.test?secret=ABC')).toEqual({ account: 'a@b.test' });
  });
  it('is undefined for anything else', () => expect(otpauthLabel('https://x')).toBeUndefined());
});
