import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import { cents } from '../money/index.ts';
import { appealLetter } from './appeal-letter.ts';
import type { AppealFacts } from './appeal-letter.ts';

const facts: AppealFacts = {
  today: isoDate('2026-04-02'),
  practice: {
    name: 'Prairie Family Medicine',
    npi: '1234567893',
    address: { line1: '100 Main St', city: 'Springfield', state: 'IL', zip: '627011234' },
    phone: '(217) 555-0100',
  },
  payer: { name: 'Medicare Part B' },
  patient: { name: 'Maria Rivera', dateOfBirth: isoDate('1956-04-12'), memberId: '1EG4TE5MK72' },
  claimNumber: 'A1042-1',
  payerClaimNumber: '22026079000124',
  renderingProvider: 'Ada Okafor, MD',
  lines: [
    {
      procedureCode: '99214',
      modifiers: ['25'],
      serviceDate: isoDate('2026-03-03'),
      charge: cents(18550),
      diagnoses: ['I10', 'E78.5'],
    },
  ],
  reasons: [
    {
      code: 'CO-97',
      text: 'The benefit for this service is included in the payment for another service.',
    },
  ],
  remarks: [{ code: 'M15', text: 'Separately billed services/tests have been bundled.' }],
};

describe('appealLetter', () => {
  const letter = appealLetter(facts);

  it('names the patient, the claim, the payer claim number, the date and the amount', () => {
    for (const fact of [
      'Maria Rivera',
      '04/12/1956',
      '1EG4TE5MK72',
      '22026079000124',
      'A1042-1',
      '03/03/2026',
      '$185.50',
      '62701-1234',
    ]) {
      expect(letter).toContain(fact);
    }
  });

  it('quotes the denial reason and remark in the payer’s words', () => {
    expect(letter).toContain('CO-97 (The benefit for this service is included');
    expect(letter).toContain('remark M15 (Separately billed');
    expect(letter).toContain('99214-25  $185.50  diagnoses I10, E78.5');
  });

  it.each([
    ['CO-97', 'distinct from the other services'],
    ['CO-50', 'medically necessary'],
    ['CO-29', 'proof of timely filing'],
    ['CO-197', 'authorized before it was rendered'],
    ['OA-18', 'not a duplicate'],
    ['CO-222', 'processed incorrectly'],
  ])('argues %s with the standard argument', (code, phrase) => {
    expect(appealLetter({ ...facts, reasons: [{ code }], remarks: [] })).toContain(phrase);
  });
});
