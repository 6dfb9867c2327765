import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import type { IsoDate } from '../../dates/index.ts';
import { inpatientClaim, outpatientClaim } from '../institutional-claim.fixture.ts';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import type { ScrubConditions } from '../scrub-claim.ts';
import { accidentFacts } from './accident-facts.ts';

const withConditions = (conditions: ScrubConditions) => claimWith({ conditions });
const fields = (conditions: ScrubConditions) =>
  accidentFacts.check(withConditions(conditions), context).map((f) => f.field);

describe('ACC-FACTS-001 accident facts', () => {
  it('passes a claim with no accident facts and a complete auto accident', () => {
    expect(accidentFacts.check(cleanClaim, context)).toEqual([]);
    expect(fields({ relatedCauses: [] })).toEqual([]);
    expect(
      fields({ relatedCauses: ['AA'], accidentState: 'IL', accidentDate: isoDate('2026-02-27') }),
    ).toEqual([]);
    expect(fields({ relatedCauses: ['EM'] })).toEqual([]);
    expect(fields({ relatedCauses: ['EM', 'OA'], accidentDate: isoDate('2026-03-02') })).toEqual(
      [],
    );
  });

  it.each<[string, ScrubConditions, string[]]>([
    [
      'an auto accident without its state',
      { relatedCauses: ['AA'], accidentDate: isoDate('2026-02-27') },
      ['conditions.accidentState'],
    ],
    [
      'an auto accident in no state',
      { relatedCauses: ['AA'], accidentState: 'ZZ', accidentDate: isoDate('2026-02-27') },
      ['conditions.accidentState'],
    ],
    ['another accident without its date', { relatedCauses: ['OA'] }, ['conditions.accidentDate']],
    [
      'an accident date with no related cause',
      { relatedCauses: [], accidentDate: isoDate('2026-02-27') },
      ['conditions.relatedCauses'],
    ],
    ['a related cause that is not a code', { relatedCauses: ['AP'] }, ['conditions.relatedCauses']],
    [
      'an accident after the service',
      { relatedCauses: ['OA'], accidentDate: isoDate('2026-03-03') },
      ['conditions.accidentDate'],
    ],
    [
      'an onset after the service',
      { relatedCauses: [], onsetDate: isoDate('2026-03-05') },
      ['conditions.onsetDate'],
    ],
    [
      'an initial treatment after the service',
      { relatedCauses: [], initialTreatmentDate: isoDate('2026-03-05') },
      ['conditions.initialTreatmentDate'],
    ],
  ])('finds %s', (_name, conditions, expected) => expect(fields(conditions)).toEqual(expected));

  it('names CLM11-4 and box 10b for the missing state', () => {
    const [finding] = accidentFacts.check(
      withConditions({ relatedCauses: ['AA'], accidentDate: isoDate('2026-02-27') }),
      context,
    );
    expect(finding?.message).toContain('CLM11-4');
    expect(finding?.message).toContain('box 10b');
  });

  it('leaves institutional claims to their occurrence codes', () =>
    expect(
      accidentFacts.check({ ...inpatientClaim, conditions: { relatedCauses: ['AA'] } }, context),
    ).toEqual([]));
});

describe('ACC-FACTS-001 on an institutional claim', () => {
  const withOccurrences = (occurrences: { code: string; date?: IsoDate }[]) =>
    accidentFacts.check(
      { ...outpatientClaim, institutional: { ...outpatientClaim.institutional!, occurrences } },
      context,
    );

  it('passes an accident dated on or before the statement period', () => {
    expect(accidentFacts.check(outpatientClaim, context)).toEqual([]);
    expect(withOccurrences([{ code: '01', date: isoDate('2026-03-01') }])).toEqual([]);
  });

  it('finds an accident occurrence without its date or dated after the stay began', () => {
    expect(withOccurrences([{ code: '11' }, { code: '01' }]).map((f) => f.field)).toEqual([
      'institutional.occurrences.2',
    ]);
    const [late] = withOccurrences([{ code: '05', date: isoDate('2026-03-06') }]);
    expect(late?.message).toContain('after the statement period begins 2026-03-05');
  });
});
