import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import type { IsoDate } from '../../dates/index.ts';
import { outpatientClaim } from '../institutional-claim.fixture.ts';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import type { ScrubClaim, ScrubConditions } from '../scrub-claim.ts';
import { accidentInjury } from './accident-injury.ts';

const coded = (diagnoses: string[], conditions?: ScrubConditions): ScrubClaim =>
  claimWith({ diagnoses, ...(conditions ? { conditions } : {}) });
const found = (claim: ScrubClaim) =>
  accidentInjury.check(claim, context).map((f) => f.severity ?? accidentInjury.severity);

const carAccident: ScrubConditions = {
  relatedCauses: ['AA'],
  accidentState: 'IL',
  accidentDate: isoDate('2026-02-27'),
};

describe('ACC-INJURY-001 injury codes call for accident facts', () => {
  it('passes claims without injury codes', () => expect(found(cleanClaim)).toEqual([]));

  it('denies an accidental external cause with no accident facts', () => {
    // S13.4XXA sprain of cervical ligaments; V43.52XA car driver injured in collision with a car.
    const claim = coded(['S134XXA', 'V4352XA']);
    expect(found(claim)).toEqual(['deny']);
    expect(accidentInjury.check(claim, context)[0]?.message).toContain('V43.52XA');
    expect(found(coded(['S134XXA', 'V4352XA'], carAccident))).toEqual([]);
    expect(found(coded(['S134XXA', 'W010XXA'], { relatedCauses: ['OA'] }))).toEqual([]);
  });

  it('warns on an injury with neither accident facts nor an external cause', () => {
    expect(found(coded(['S52531A']))).toEqual(['warn']);
    expect(found(coded(['T2010XA']))).toEqual(['warn']);
    expect(
      found(coded(['S52531A'], { relatedCauses: [], accidentDate: isoDate('2026-03-01') })),
    ).toEqual([]);
  });

  it('accepts an injury whose external cause says it was no accident', () => {
    // Y04.0XXA assault by unarmed brawl.
    expect(found(coded(['S0230XA', 'Y040XXA']))).toEqual([]);
    // X78.9XXA intentional self-harm by unspecified sharp object.
    expect(found(coded(['S61411A', 'X789XXA']))).toEqual([]);
  });

  it('denies a work-status code without employment as the related cause', () => {
    const claim = coded(['S61411A', 'W3100XA', 'Y990'], {
      relatedCauses: ['OA'],
      accidentDate: isoDate('2026-03-01'),
    });
    const [finding] = accidentInjury.check(claim, context);
    expect(finding?.message).toContain('Y99.0');
    expect(finding?.fix).toContain('CARC 19');
    expect(
      found(
        coded(['S61411A', 'W3100XA', 'Y990'], {
          relatedCauses: ['EM', 'OA'],
          accidentDate: isoDate('2026-03-01'),
        }),
      ),
    ).toEqual([]);
  });

  it('does not read poisonings or complications of care as injuries', () =>
    expect(found(coded(['T391X1A', 'T8141XA']))).toEqual([]));
});

describe('ACC-INJURY-001 on an institutional claim', () => {
  const fell = (occurrences: { code: string; date: IsoDate }[]): ScrubClaim => ({
    ...outpatientClaim,
    institutional: { ...outpatientClaim.institutional!, occurrences },
  });

  it('reads the accident from occurrence codes 01–06', () => {
    expect(found(outpatientClaim)).toEqual([]);
    const [finding] = accidentInjury.check(fell([]), context);
    expect(finding).toMatchObject({ field: 'institutional.occurrences' });
    expect(finding?.message).toContain('W01.0XXA');
    expect(finding?.message).toContain('FL 31–34');
    // 11: onset of symptoms is no accident.
    expect(found(fell([{ code: '11', date: isoDate('2026-03-05') }]))).toEqual(['deny']);
  });

  it('wants occurrence 04 for a work injury', () => {
    const atWork = { ...fell([{ code: '05', date: isoDate('2026-03-05') }]) };
    const coded = { ...atWork, diagnoses: [...atWork.diagnoses, 'Y990'] };
    expect(found(coded)).toEqual(['deny']);
    const employment = {
      ...coded,
      institutional: {
        ...coded.institutional!,
        occurrences: [{ code: '04', date: isoDate('2026-03-05') }],
      },
    };
    expect(found(employment)).toEqual([]);
  });
});
