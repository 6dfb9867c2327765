import { describeCode, elementErrorCodes, segmentErrorCodes } from './ack-999-codes.ts';
import { grammar837p } from './grammar/837p.ts';
import type { TransactionSetAck } from './implementation-ack.ts';
import { LoopTracker, type TransactionGrammar } from './loop-grammar.ts';
import type { Segment } from './segment.ts';

/** One 999 error put back on the transaction set we sent, in words. */
export interface ExplainedAckError {
  /** IK302: position of the segment in the transaction set we sent (ST = 1). */
  readonly position: number;
  readonly segmentId: string;
  /** IK303, or when absent the loop the segment sits in in the file we sent. */
  readonly loop?: string;
  readonly element?: number;
  readonly component?: number;
  /** CLM01 of the claims the error belongs to (all claims under the HL level it sits in). */
  readonly claims: readonly string[];
  /** E.g. `Loop 2010BA NM109 (subscriber member ID): required element missing`. */
  readonly message: string;
}

/** What the 837P elements a payer most often rejects hold, by `loop segment+element`. */
const elementNames: Readonly<Record<string, string>> = {
  '1000A NM109': 'submitter ID',
  '1000B NM109': 'receiver ID',
  '2010AA NM103': 'billing provider name',
  '2010AA NM109': 'billing provider NPI',
  '2010AA REF02': 'billing provider tax ID',
  '2010BA NM103': 'subscriber last name',
  '2010BA NM104': 'subscriber first name',
  '2010BA NM109': 'subscriber member ID',
  '2010BA DMG02': 'subscriber date of birth',
  '2010BA DMG03': 'subscriber sex',
  '2010BB NM103': 'payer name',
  '2010BB NM109': 'payer ID',
  '2010CA NM103': 'patient last name',
  '2010CA NM104': 'patient first name',
  '2010CA DMG02': 'patient date of birth',
  '2010CA DMG03': 'patient sex',
  '2310A NM109': 'referring provider NPI',
  '2310B NM109': 'rendering provider NPI',
  '2310C NM109': 'service facility NPI',
  SBR09: 'claim filing indicator',
  CLM01: 'patient control number',
  CLM02: 'total claim charge',
  CLM05: 'place of service and claim frequency',
  HI01: 'principal diagnosis',
  SV101: 'procedure code',
  SV102: 'line charge',
  SV104: 'units',
  SV107: 'diagnosis pointers',
  N301: 'street address',
  N401: 'city',
  N402: 'state',
  N403: 'ZIP code',
  DTP03: 'date',
};

interface Placed {
  readonly hl: string | undefined;
  readonly claim: string | undefined;
  readonly loop: string;
}

/** The segments ST..SE of the transaction set with ST02 `controlNumber` in a file we sent. */
export function sentTransaction(
  segments: readonly Segment[],
  controlNumber: string,
): Segment[] | undefined {
  const same = (a: string) =>
    a === controlNumber || (/^\d+$/.test(a) && Number(a) === Number(controlNumber));
  const start = segments.findIndex((s) => s.id === 'ST' && same(s.elements[1] ?? ''));
  if (start < 0) return undefined;
  const end = segments.findIndex((s, i) => i > start && s.id === 'SE');
  return segments.slice(start, end < 0 ? segments.length : end + 1);
}

/** CLM01 of every claim in a transaction set, in order. */
export function transactionClaims(transaction: readonly Segment[]): string[] {
  return transaction.filter((s) => s.id === 'CLM').map((s) => s.elements[0] ?? '');
}

/**
 * Puts the IK3/IK4 errors of a 999 transaction set response back on the transaction set we
 * sent (005010X231A1 IK302 counts from its ST): each error gets its loop, the claims it belongs
 * to (a CTX*CLM01 names the claim; otherwise the claim whose CLM..next CLM/HL span holds the
 * segment, or every claim under the HL level the segment sits in, or every claim when it is in
 * the header) and a message in words.
 */
export function explain999Errors(
  set: TransactionSetAck,
  transaction: readonly Segment[],
  grammar: TransactionGrammar = grammar837p,
): ExplainedAckError[] {
  const placed = placeSegments(transaction, grammar);
  const all = transactionClaims(transaction);
  return set.segmentErrors.flatMap((error) => {
    const at = placed.byPosition[error.position - 1];
    const named = error.context.find((c) => c.name === 'CLM01' && c.reference !== undefined);
    const claims =
      named?.reference !== undefined
        ? [named.reference]
        : at === undefined
          ? all
          : at.claim !== undefined
            ? [at.claim]
            : at.hl !== undefined
              ? placed.claimsUnder(at.hl)
              : all;
    const loop = error.loop ?? at?.loop.split('/').pop();
    const where = `${loop ? `Loop ${loop} ` : ''}${error.segmentId}`;
    const base = { position: error.position, segmentId: error.segmentId, claims };
    const withLoop = loop ? { ...base, loop } : base;
    if (error.elements.length === 0) {
      return [
        {
          ...withLoop,
          message: `${where} segment: ${describeCode(segmentErrorCodes, error.code ?? '8')}`,
        },
      ];
    }
    return error.elements.map((e) => {
      const ref = `${error.segmentId}${String(e.element).padStart(2, '0')}`;
      const name = elementNames[`${loop ?? ''} ${ref}`] ?? elementNames[ref];
      const component = e.component === undefined ? '' : `-${e.component}`;
      const value = e.badValue === undefined ? '' : ` (value "${e.badValue}")`;
      return {
        ...withLoop,
        element: e.element,
        ...(e.component === undefined ? {} : { component: e.component }),
        message: `${loop ? `Loop ${loop} ` : ''}${ref}${component}${name ? ` (${name})` : ''}: ${describeCode(elementErrorCodes, e.code)}${value}`,
      };
    });
  });
}

/** Each segment's HL level, claim and loop, and which claims sit under each HL. */
function placeSegments(
  transaction: readonly Segment[],
  grammar: TransactionGrammar,
): { byPosition: Placed[]; claimsUnder: (hl: string) => string[] } {
  const tracker = new LoopTracker(grammar);
  const parents = new Map<string, string>();
  const claimHl: [string, string][] = [];
  const byPosition: Placed[] = [];
  let hl: string | undefined;
  let claim: string | undefined;
  for (const seg of transaction) {
    const { path } = tracker.place(seg);
    if (seg.id === 'HL') {
      hl = seg.elements[0] ?? '';
      const parent = seg.elements[1] ?? '';
      if (parent !== '') parents.set(hl, parent);
      claim = undefined;
    } else if (seg.id === 'CLM') {
      claim = seg.elements[0] ?? '';
      if (hl !== undefined) claimHl.push([claim, hl]);
    } else if (seg.id === 'SE') {
      claim = undefined;
    }
    byPosition.push({ hl, claim, loop: path });
  }
  const isUnder = (start: string, ancestor: string): boolean => {
    const seen = new Set<string>();
    for (
      let at: string | undefined = start;
      at !== undefined && !seen.has(at);
      at = parents.get(at)
    ) {
      if (at === ancestor) return true;
      seen.add(at);
    }
    return false;
  };
  return {
    byPosition,
    claimsUnder: (ancestor) =>
      claimHl.filter(([, level]) => isUnder(level, ancestor)).map(([id]) => id),
  };
}
