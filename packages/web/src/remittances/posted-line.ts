import type { PostedLine } from './use-remittances.ts';

const procedure = (code: string, modifiers: readonly string[]) => [code, ...modifiers].join('-');

/**
 * A posted line's procedure as billed: "71046-26"; and, when the payer adjudicated it under
 * another one, what it was paid as: "99214 → paid as 99213" (a down-code the biller may appeal).
 */
export function describeProcedure(
  line: Pick<PostedLine, 'procedureCode' | 'modifiers' | 'paidAs'>,
): string {
  const billed = procedure(line.procedureCode, line.modifiers);
  return line.paidAs
    ? `${billed} → paid as ${procedure(line.paidAs.code, line.paidAs.modifiers)}`
    : billed;
}
