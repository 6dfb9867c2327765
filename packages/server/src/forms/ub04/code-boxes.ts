import type { Problem } from '@medbill/core';
import type { InstitutionalClaimParties } from '../../services/institutional-claim-parties.ts';
import type { LocatorFieldId } from './field-map.ts';
import { ubAmount, ubDate } from './ub-values.ts';

type Bill = InstitutionalClaimParties['bill'];
type Boxes = Partial<Record<LocatorFieldId, string>>;

const CONDITION_SLOTS = ['18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28'] as const;
const OCCURRENCE_SLOTS = ['31a', '32a', '33a', '34a', '31b', '32b', '33b', '34b'] as const;
/** FL 39–41 fill across, a row of three then the next (a to d). */
const VALUE_SLOTS = ['a', 'b', 'c', 'd'].flatMap((row) =>
  ['39', '40', '41'].map((locator) => `${locator}${row}`),
);

/**
 * FL 18–28, 31–34 and 39–41: the facility bill's condition codes, occurrence codes with their
 * dates, and value codes with their amounts, in the bill's order.
 */
export function codeBoxes(bill: Bill): Boxes {
  return Object.assign(
    {},
    ...bill.conditionCodes.map((code, i) => ({ [CONDITION_SLOTS[i] as string]: code })),
    ...bill.occurrences.map((o, i) => ({
      [`${OCCURRENCE_SLOTS[i]}.code`]: o.code,
      [`${OCCURRENCE_SLOTS[i]}.date`]: ubDate(o.date, 'YY'),
    })),
    ...bill.valueCodes.map((v, i) => ({
      [`${VALUE_SLOTS[i]}.code`]: v.code,
      [`${VALUE_SLOTS[i]}.amount`]: ubAmount(v.amount),
    })),
  ) as Boxes;
}

/** The codes the form has no room for: the 837I carries 24 of each. */
export function codeBoxProblems(bill: Bill): Problem[] {
  const tooMany = (count: number, slots: number, what: string, locators: string): Problem[] =>
    count > slots
      ? [
          {
            path: `FL ${locators.replace('–', '-')}`,
            code: 'too_many',
            message: `${count} ${what} do not fit the ${slots} of FL ${locators}`,
          },
        ]
      : [];
  return [
    ...tooMany(bill.conditionCodes.length, CONDITION_SLOTS.length, 'condition codes', '18–28'),
    ...tooMany(bill.occurrences.length, OCCURRENCE_SLOTS.length, 'occurrence codes', '31–34'),
    ...tooMany(bill.valueCodes.length, VALUE_SLOTS.length, 'value codes', '39–41'),
  ];
}
