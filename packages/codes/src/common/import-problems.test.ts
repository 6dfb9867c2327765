import { describe, expect, it } from 'vitest';
import { MedbillError } from '@medbill/core';
import { ImportProblems, MAX_IMPORT_PROBLEMS } from './import-problems.ts';

describe('ImportProblems', () => {
  it('does nothing when there is no problem', () => {
    expect(() => new ImportProblems('f.txt').throwIfAny()).not.toThrow();
  });

  it('throws one invalid error listing located problems, capped', () => {
    const problems = new ImportProblems('f.txt');
    for (let line = 1; line <= MAX_IMPORT_PROBLEMS + 5; line += 1)
      problems.add(line, 'Code', 'a code', '');
    try {
      problems.throwIfAny();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MedbillError);
      const e = error as MedbillError;
      expect(e.code).toBe('invalid');
      expect(e.problems.length).toBe(MAX_IMPORT_PROBLEMS);
      expect(e.problems[0]).toEqual({
        path: 'f.txt:1:Code',
        message: 'expected a code, got nothing',
      });
      expect(e.message).toBe(
        `f.txt: 55 problem(s) (first 50 shown); first: f.txt:1:Code expected a code, got nothing`,
      );
    }
  });
});
