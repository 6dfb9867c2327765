import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.ts';

describe('passwordProblems', () => {
  it.each([
    ['correct horse battery', []],
    ['medbill-demo', []],
    ['short1!', ['password_length']],
    ['ab'.repeat(65), ['password_length']],
    ['Password1234', ['password_common']],
    ['aaaaaaaaaaaaaa', ['password_repetitive']],
    ['my-jsmith-password', ['password_email']],
  ])('%s → %j', (password, codes) => {
    expect(passwordProblems(password, 'jsmith@clinic.test').map((p) => p.code)).toEqual(codes);
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblems('ééééééééééé1', 'a@b.test')).toEqual([]);
  });
});
