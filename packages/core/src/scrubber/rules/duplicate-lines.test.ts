import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { duplicateLines } from './duplicate-lines.ts';

const ecg = cleanClaim.lines[1]!;

describe('LINE-DUP-001 duplicate lines', () => {
  it('passes distinct lines, and a repeat with modifier 76', () => {
    expect(duplicateLines.check(cleanClaim, context)).toEqual([]);
    expect(
      duplicateLines.check(claimWith({ lines: [ecg, { ...ecg, modifiers: ['76'] }] }), context),
    ).toEqual([]);
  });
  it('flags the second of two identical lines, whatever the modifier order', () => {
    const findings = duplicateLines.check(
      claimWith({
        lines: [
          { ...ecg, modifiers: ['25', 'XE'] },
          { ...ecg, modifiers: ['XE', '25'] },
        ],
      }),
      context,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.location).toEqual({ scope: 'line', line: 2 });
  });
});
