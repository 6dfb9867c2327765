import { z } from 'zod';
import { compareIsoDate, isWithin } from '../dates/index.ts';
import type { IsoDate } from '../dates/index.ts';
import type { Cents } from '../money/index.ts';
import { isoDateField, modifierField, moneyField, nameText, procedureCodeField } from './fields.ts';

export const feeScheduleEntryInput = z.object({
  procedureCode: procedureCodeField,
  modifier: modifierField.optional(),
  amount: moneyField.refine((amount) => amount >= 0, 'a fee cannot be negative'),
});

/** A practice's charge master: what it charges for a code (and modifier) over a period. */
export const feeScheduleInput = z
  .object({
    name: nameText(60),
    effectiveFrom: isoDateField,
    effectiveTo: isoDateField.optional(),
    entries: z.array(feeScheduleEntryInput).max(20_000).default([]),
  })
  .superRefine((schedule, ctx) => {
    if (schedule.effectiveTo && compareIsoDate(schedule.effectiveTo, schedule.effectiveFrom) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveTo'],
        message: `ends (${schedule.effectiveTo}) before it starts (${schedule.effectiveFrom})`,
      });
    }
    const seen = new Map<string, number>();
    schedule.entries.forEach((entry, index) => {
      const key = `${entry.procedureCode.code}${entry.modifier ?? ''}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['entries', index, 'procedureCode'],
          message: `${entry.procedureCode.code}${entry.modifier ? `-${entry.modifier}` : ''} is already priced at entries[${first}]`,
        });
    });
  });

export type FeeScheduleInput = z.output<typeof feeScheduleInput>;
export type FeeScheduleEntry = z.output<typeof feeScheduleEntryInput>;
export type FeeSchedule = FeeScheduleInput & { readonly id: string };

/**
 * The fee for a code on a date of service: the entry with the line's first modifier wins over
 * the code's plain entry (e.g. 71046-26 vs 71046), and of several schedules in force on that
 * date the one that started last wins.
 */
export function feeFor(
  schedules: readonly Pick<FeeSchedule, 'effectiveFrom' | 'effectiveTo' | 'entries'>[],
  procedureCode: string,
  modifiers: readonly string[],
  dateOfService: IsoDate,
): Cents | undefined {
  const inForce = schedules
    .filter((s) =>
      isWithin(
        dateOfService,
        s.effectiveTo ? { from: s.effectiveFrom, to: s.effectiveTo } : { from: s.effectiveFrom },
      ),
    )
    .sort((a, b) => compareIsoDate(b.effectiveFrom, a.effectiveFrom));
  const modifier = modifiers[0];
  for (const schedule of inForce) {
    const entries = schedule.entries.filter((e) => e.procedureCode.code === procedureCode);
    const exact = entries.find((e) => e.modifier !== undefined && e.modifier === modifier);
    const plain = entries.find((e) => e.modifier === undefined);
    const hit = exact ?? plain;
    if (hit) return hit.amount;
  }
  return undefined;
}
