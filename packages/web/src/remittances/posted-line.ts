import { formatCents } from '../format.ts';
import type { PostedLine } from './use-remittances.ts';

const procedure = (code: string, modifiers: readonly string[]) => [code, ...modifiers].join('-');

/**
 * A posted line's procedure as billed: "71046-26"; and, when the payer adjudicated it under
 * another one, what it was paid as: "99214 → paid as 99213" (a down-code the biller may appeal),
 * or under several it unbundled the line into, each with what it paid: "80053 → paid as 82947
 * ($12.00), 84132 ($8.00)".
 */
export function describeProcedure(
  line: Pick<PostedLine, 'procedureCode' | 'modifiers' | 'paidAs' | 'unbundledInto'>,
): string {
  const billed = procedure(line.procedureCode, line.modifiers);
  if (line.unbundledInto)
    return `${billed} → paid as ${line.unbundledInto
      .map((p) => `${procedure(p.code, p.modifiers)} (${formatCents(p.paid)})`)
      .join(', ')}`;
  return line.paidAs
    ? `${billed} → paid as ${procedure(line.paidAs.code, line.paidAs.modifiers)}`
    : billed;
}
