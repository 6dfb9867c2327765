import { describe, expect, it } from 'vitest';
import { build837p } from './build-837p.ts';
import { selfClaim, twoClaims } from './build-837p.fixture.ts';
import type { Claim837p } from './build-837p-input.ts';
import { read837p } from './read-claims.ts';
import { validateX12 } from './validate.ts';

function build(change: Partial<Claim837p>) {
  return build837p({ ...twoClaims, claims: [{ ...selfClaim, ...change }] });
}

const segments = (text: string, id: string) =>
  text.split('~').filter((s) => s.replace(/^\s+/, '').startsWith(`${id}*`));

describe('837P related causes and accident dates (CLM11, DTP*439/454)', () => {
  it('writes CLM11 with the auto accident state and the accident date, and reads them back', () => {
    const result = build({
      relatedCauses: ['AA', 'EM'],
      autoAccidentState: 'IL',
      accidentDate: '2026-02-27',
      initialTreatmentDate: '2026-02-28',
    });
    expect(result.issues).toEqual([]);
    const text = result.text ?? '';
    expect(segments(text, 'CLM')[0]).toMatch(/\*Y\*A\*Y\*Y\*\*AA:EM::IL$/);
    expect(
      segments(text, 'DTP')
        .map((s) => s.trim())
        .slice(0, 3),
    ).toEqual(['DTP*431*D8*20260301', 'DTP*454*D8*20260228', 'DTP*439*D8*20260227']);
    const [claim] = read837p(text).claims;
    expect(claim).toMatchObject({
      relatedCauses: ['AA', 'EM'],
      autoAccidentState: 'IL',
      accidentDate: '2026-02-27',
      initialTreatmentDate: '2026-02-28',
      onsetDate: '2026-03-01',
    });
  });

  it('writes another accident without a trailing state', () => {
    const text = build({ relatedCauses: ['OA'], accidentDate: '2026-02-27' }).text ?? 'refused';
    expect(segments(text, 'CLM')[0]).toMatch(/\*Y\*Y\*\*OA$/);
  });

  it('leaves CLM11 out when the condition is related to nothing', () => {
    const text = build({}).text ?? 'refused';
    expect(segments(text, 'CLM')[0]).toMatch(/\*Y\*A\*Y\*Y$/);
  });

  it.each<[string, Partial<Claim837p>, string]>([
    [
      'an auto accident without its state',
      { relatedCauses: ['AA'], accidentDate: '2026-02-27' },
      'required-component-missing',
    ],
    ['an accident without its date', { relatedCauses: ['OA'] }, 'missing-accident-date'],
    ['a related cause that is not a code', { relatedCauses: ['XX'] }, 'invalid-code'],
  ])('refuses %s', (_name, change, code) => {
    const result = build(change);
    expect(result.text).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toContain(code);
  });

  it('reports the same problems in a file it did not write', () => {
    const text =
      build({ relatedCauses: ['AA'], autoAccidentState: 'IL', accidentDate: '2026-02-27' }).text ??
      '';
    const broken = text.replace('AA:::IL', 'AA').replace('DTP*439*', 'DTP*484*');
    const issues = validateX12(broken).filter((i) => i.severity === 'error');
    expect(issues.map((i) => [i.code, i.segmentId, i.element])).toEqual([
      ['required-component-missing', 'CLM', 11],
      ['missing-accident-date', 'CLM', undefined],
    ]);
  });
});
