import { writeClaim } from './build-837p-claim.ts';
import type { Build837pInput, Claim837p } from './build-837p-input.ts';
import {
  writeBillingProvider,
  writeHeader,
  writePatient,
  writeSubscriber,
} from './build-837p-parties.ts';
import { groupClaims } from './build-837p-tree.ts';
import { checkEnvelope } from './build-envelope.ts';
import { SetBuilder } from './build-segments.ts';
import { controlNumber, isFlaw } from './build-values.ts';
import { defaultDelimiters, delimiterProblem, type Delimiters } from './delimiters.ts';
import { wrapInterchange } from './interchange-writer.ts';
import type { X12Issue } from './issue.ts';
import { validateX12 } from './validate.ts';
import { writeX12 } from './writer.ts';

/** The text built, with any warnings; or, when refused, no text and the issues why. */
export type Build837pResult =
  | { readonly text: string; readonly issues: X12Issue[] }
  | { readonly text?: undefined; readonly issues: X12Issue[] };

/** How to lay out the built text (defaults: `* ^ : ~`, no line breaks). */
export interface Build837pOptions {
  readonly delimiters?: Delimiters;
  readonly lineBreak?: '' | '\n' | '\r\n';
}

/** Claims per transaction set above which TR3 1.4.1 advises splitting (a warning only). */
export const recommendedMaxClaims = 5000;
const guide = { functionalId: 'HC', version: '005010X222A1' } as const;

function claimsContext(claims: readonly Claim837p[]): string {
  const names = claims.slice(0, 3).map((c) => c.patientControlNumber);
  const more = claims.length > 3 ? ` and ${claims.length - 3} more` : '';
  return `${claims.length === 1 ? 'claim' : 'claims'} ${names.join(', ')}${more}: `;
}

/**
 * Builds one 837P interchange (ISA/GS/ST..SE/GE/IEA, 005010X222A1) from claims: the HL tree of
 * billing providers (2000A), subscribers (2000B) and dependent patients (2000C) with correct
 * HL01/HL02/HL04, the claims (2300, 2310A/B/C) and their lines (2400, 2410), SE01 counted.
 *
 * Refuses — returns issues and no text — when any value is invalid (missing or bad NPI,
 * a delimiter in a value, a bad date, more than 12 diagnoses or 50 lines, a pointer to no
 * diagnosis, CLM02 ≠ Σ line charges, frequency 7/8 without REF*F8...): every problem at
 * once, each located by segment, element, loop and the claim's patient control number.
 * The text built is then checked by {@link validateX12} (the checks `read837p` applies
 * too), and refused if it finds any error: the writer never emits what its validator rejects.
 * COB loops (2320/2330/2430) are not written.
 *
 * @example
 * ```ts
 * const { text, issues } = build837p({ envelope, transactionControlNumber: 1, ...batch });
 * if (text === undefined) return reportProblems(issues);
 * await submit(text);
 * ```
 */
export function build837p(input: Build837pInput, options: Build837pOptions = {}): Build837pResult {
  const delimiters = options.delimiters ?? defaultDelimiters;
  const bad = delimiterProblem(delimiters);
  if (bad !== undefined) {
    const issue: X12Issue = {
      severity: 'error',
      code: 'bad-delimiters',
      message: bad.reason,
      segmentIndex: 1,
      segmentId: 'ISA',
      ack: { ta1: bad.ta1 },
    };
    return { issues: [issue] };
  }
  const lineBreak = options.lineBreak ?? '';
  const b = new SetBuilder(delimiters, lineBreak);
  const st = controlNumber(input.transactionControlNumber, 4, 'transaction set control number');
  writeHeader(b, input, st);
  if (input.claims.length === 0) {
    b.flag('HL', 'required-loop-missing', 'an 837P needs at least one claim');
  }
  if (input.claims.length > recommendedMaxClaims) {
    b.report(
      'ST',
      1,
      'too-many-claims',
      `has ${input.claims.length} claims; TR3 1.4.1 advises at most ${recommendedMaxClaims} per transaction set`,
      { warning: true },
    );
  }
  let hl = 0;
  for (const provider of groupClaims(input.claims)) {
    const providerHl = (hl += 1);
    b.context = claimsContext(provider.all);
    writeBillingProvider(b, provider.first, providerHl);
    for (const subscriber of provider.subscribers.values()) {
      const subscriberHl = (hl += 1);
      b.context = claimsContext([
        ...subscriber.claims,
        ...[...subscriber.patients.values()].flatMap((p) => p.claims),
      ]);
      writeSubscriber(b, subscriber.first, subscriberHl, providerHl, subscriber.patients.size > 0);
      for (const claim of subscriber.claims) {
        b.context = `claim ${claim.patientControlNumber}: `;
        writeClaim(b, claim);
      }
      for (const patient of subscriber.patients.values()) {
        b.context = claimsContext(patient.claims);
        writePatient(b, patient.patient, (hl += 1), subscriberHl);
        for (const claim of patient.claims) {
          b.context = `claim ${claim.patientControlNumber}: `;
          writeClaim(b, claim);
        }
      }
    }
  }
  b.context = '';
  b.loop = '';
  b.add('SE', [String(b.nextTxIndex), isFlaw(st) ? '' : st]);
  const issues = [...checkEnvelope(input.envelope, guide, delimiters), ...b.issues];
  if (issues.some((i) => i.severity === 'error')) return { issues };
  // ISA, GS and GE/IEA (counting one set) from the engine's envelope writer, around the set.
  const envelope = wrapInterchange([[]], input.envelope);
  const text =
    writeX12(envelope.slice(0, 2), { delimiters, lineBreak }) +
    b.text() +
    writeX12(envelope.slice(2), { delimiters, lineBreak });
  const found = selfCheck(text);
  const all = [...issues, ...found];
  return found.some((i) => i.severity === 'error') ? { issues: all } : { text, issues: all };
}

/**
 * The self-check: what the engine's own validator finds in the built text. `validateX12` runs
 * the tokenizer, envelope checks and the same `ProfessionalClaimReader` as `read837p`
 * (loops, HL tree, element values, claim rules), so the reader's issues are a subset of these;
 * the typed read-back itself is asserted by the tests, not paid for on every build.
 */
function selfCheck(text: string): X12Issue[] {
  return validateX12(text);
}
