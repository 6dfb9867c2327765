import type { ElementReader } from './element-reader.ts';
import type { Cents } from './money.ts';
import type {
  Adjustment,
  AdjustmentGroup,
  PersonName,
  Procedure,
  ProviderAdjustment,
} from './remittance.ts';
import { element, splitText, type Segment } from './segment.ts';

/** An element's text, `undefined` when empty: the reader gives every object all its properties (see remittance.ts). */
export const present = (text: string): string | undefined => (text === '' ? undefined : text);

/** CAS01 codes (005010X221A1 CAS, code source: X12 1033). */
export const adjustmentGroups: readonly AdjustmentGroup[] = ['CO', 'PR', 'OA', 'PI', 'CR'];

/** CLP02 claim status codes used by 005010X221A1. */
export const claimStatusCodes = ['1', '2', '3', '4', '19', '20', '21', '22', '23', '25'] as const;

/**
 * Flattens a CAS segment: CAS01 group, then up to six reason (CAS02/05/08/11/14/17), amount
 * (CAS03/06/...) and quantity (CAS04/07/...) triplets (005010X221A1 2100/2110 CAS), appended
 * to `out`.
 */
export function readCas(seg: Segment, r: ElementReader, out: Adjustment[] = []): Adjustment[] {
  const group = r.code(seg, 1, adjustmentGroups, true);
  for (let n = 2; n <= 17; n += 3) {
    const reason = r.text(seg, n);
    if (reason === '') {
      if (n === 2) r.text(seg, 2, true);
      continue;
    }
    const amount = r.cents(seg, n + 1, true);
    const quantity = r.decimal(seg, n + 2);
    if (group === undefined || amount === undefined) continue;
    out.push({ group, reason, amount, quantity });
  }
  return out;
}

/** Shared by every procedure billed without modifiers (most lines): one array, never changed. */
const noModifiers: readonly string[] = Object.freeze([]);

/** Reads a C003 procedure composite (SVC01 / SVC06): qualifier, code, modifiers 1-4, description. */
export function readProcedure(seg: Segment, n: number): Procedure | undefined {
  const raw = element(seg, n);
  if (raw === '') return undefined;
  const separator = seg.delimiters.component;
  const cut = raw.indexOf(separator);
  if (cut < 0) return { qualifier: raw, code: '', modifiers: noModifiers, description: undefined };
  // The usual `HC:99213`: no split, no array of parts.
  if (raw.indexOf(separator, cut + 1) < 0) {
    const code = raw.slice(cut + 1);
    return { qualifier: raw.slice(0, cut), code, modifiers: noModifiers, description: undefined };
  }
  const parts = splitText(raw, separator);
  const modifiers: string[] = [];
  for (let i = 2; i < 6 && i < parts.length; i += 1) {
    const modifier = parts[i];
    if (modifier !== undefined && modifier !== '') modifiers.push(modifier);
  }
  return {
    qualifier: parts[0] ?? '',
    code: parts[1] ?? '',
    modifiers: modifiers.length === 0 ? noModifiers : modifiers,
    description: present(parts[6] ?? ''),
  };
}

/** Reads an NM1 person: NM103 last name, NM104 first, NM108/NM109 identifier. */
export function readPerson(seg: Segment): PersonName {
  return {
    lastName: element(seg, 3),
    firstName: present(element(seg, 4)),
    idQualifier: present(element(seg, 8)),
    id: present(element(seg, 9)),
  };
}

/**
 * Reads PLB: PLB01 provider identifier, PLB02 fiscal period date, then up to six adjustment
 * identifier (PLB03/05/.../13, composite reason:reference) and amount (PLB04/06/.../14) pairs.
 */
export function readPlb(seg: Segment, r: ElementReader): ProviderAdjustment[] {
  const providerId = r.text(seg, 1, true);
  const fiscalPeriodDate = r.date(seg, 2, true);
  const out: ProviderAdjustment[] = [];
  const at = { id: seg.id, index: seg.index, txIndex: seg.txIndex, offset: seg.offset };
  for (let n = 3; n <= 13; n += 2) {
    const id = r.text(seg, n, n === 3);
    if (id === '') continue;
    const [reason = '', reference = ''] = splitText(id, seg.delimiters.component);
    const amount: Cents | undefined = r.cents(seg, n + 1, true);
    if (amount === undefined) continue;
    out.push({
      providerId,
      ...(fiscalPeriodDate === undefined ? {} : { fiscalPeriodDate }),
      reason,
      ...(reference === '' ? {} : { reference }),
      amount,
      at,
    });
  }
  return out;
}
