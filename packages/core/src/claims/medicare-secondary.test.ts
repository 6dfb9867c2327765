import { describe, expect, it } from 'vitest';
import { medicareSecondaryProblem } from './medicare-secondary.ts';

const medicare = { name: 'Medicare Part B', claimFilingIndicator: 'MB' as const };
const commercial = { name: 'Prairie Health Plan', claimFilingIndicator: 'CI' as const };

describe('medicareSecondaryProblem', () => {
  it.each([
    ['Medicare primary', medicare, 'primary', undefined, false],
    ['a commercial secondary', commercial, 'secondary', undefined, false],
    ['Medicare secondary with its MSP type', medicare, 'secondary', '12', false],
    ['Medicare secondary without it', medicare, 'secondary', undefined, true],
    ['Medicare tertiary without it', medicare, 'tertiary', undefined, true],
    [
      'Medicare Part A secondary without it',
      { ...medicare, claimFilingIndicator: 'MA' as const },
      'secondary',
      undefined,
      true,
    ],
  ] as const)('%s', (_name, payer, order, type, refused) => {
    const problem = medicareSecondaryProblem(payer, {
      order,
      ...(type ? { medicareSecondaryType: type } : {}),
    });
    expect(problem !== undefined).toBe(refused);
    if (problem) {
      expect(problem.path).toBe('coverage.medicareSecondaryType');
      expect(problem.message).toContain(`Medicare Part B is the ${order} payer`);
      expect(problem.message).toContain('12 working aged, 43 disabled, 47 other liability');
    }
  });
});
