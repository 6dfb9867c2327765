import type { ClaimParties837, Patient837p, X12Address } from './build-837p-input.ts';
import type { SetBuilder } from './build-segments.ts';

/** A 2000C patient level and its claims, in input order. */
export interface PatientLevel<C extends ClaimParties837> {
  readonly patient: Patient837p;
  readonly claims: C[];
}

/** A 2000B subscriber level: claims of the subscriber as patient, or its 2000C patients. */
export interface SubscriberLevel<C extends ClaimParties837> {
  /** The first claim of this level, whose subscriber and payer are written. */
  readonly first: C;
  readonly claims: C[];
  readonly patients: PatientLevel<C>[];
}

/** A 2000A billing provider level and its subscribers, in order of first appearance. */
export interface ProviderLevel<C extends ClaimParties837> {
  readonly first: C;
  readonly all: C[];
  readonly subscribers: SubscriberLevel<C>[];
}

// Levels are matched field by field, not through a key string per claim: building and hashing
// three long keys for every claim was a tenth of the builder's time.
const same = (a: string | undefined, b: string | undefined): boolean => (a ?? '') === (b ?? '');

function sameAddress(a: X12Address | undefined, b: X12Address | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a === b ||
    (a.line1 === b.line1 &&
      same(a.line2, b.line2) &&
      a.city === b.city &&
      a.state === b.state &&
      a.zip === b.zip)
  );
}

function sameProvider(a: ClaimParties837, b: ClaimParties837): boolean {
  const p = a.billingProvider;
  const q = b.billingProvider;
  return (
    p === q ||
    (p.npi === q.npi &&
      same(p.ein, q.ein) &&
      same(p.ssn, q.ssn) &&
      sameAddress(p.address, q.address) &&
      p.name === q.name &&
      same(p.taxonomy, q.taxonomy) &&
      sameAddress(p.payToAddress, q.payToAddress))
  );
}

function sameSubscriber(a: ClaimParties837, b: ClaimParties837): boolean {
  const s = a.subscriber;
  const t = b.subscriber;
  const samePerson =
    s === t ||
    (s.payerResponsibility === t.payerResponsibility &&
      s.patientIsSubscriber === t.patientIsSubscriber &&
      same(s.groupNumber, t.groupNumber) &&
      s.claimFilingIndicator === t.claimFilingIndicator &&
      s.lastName === t.lastName &&
      s.firstName === t.firstName &&
      same(s.middleName, t.middleName) &&
      s.memberId === t.memberId &&
      sameAddress(s.address, t.address) &&
      same(s.dateOfBirth, t.dateOfBirth) &&
      same(s.sex, t.sex));
  return (
    samePerson &&
    (a.payer === b.payer ||
      (a.payer.name === b.payer.name &&
        a.payer.payerId === b.payer.payerId &&
        sameAddress(a.payer.address, b.payer.address)))
  );
}

function samePatient(p: Patient837p, q: Patient837p): boolean {
  return (
    p === q ||
    (p.relationship === q.relationship &&
      p.lastName === q.lastName &&
      p.firstName === q.firstName &&
      same(p.middleName, q.middleName) &&
      sameAddress(p.address, q.address) &&
      p.dateOfBirth === q.dateOfBirth &&
      p.sex === q.sex)
  );
}

/**
 * The level in `levels` that `matches`, looked up among those filed under `key` (a field that
 * tells most levels apart), or a new one made by `make`, appended to `levels` and filed.
 */
function levelFor<L>(
  levels: L[],
  index: Map<string, L[]>,
  key: string,
  matches: (level: L) => boolean,
  make: () => L,
): L {
  const filed = index.get(key);
  const found = filed?.find(matches);
  if (found !== undefined) return found;
  const level = make();
  levels.push(level);
  if (filed === undefined) index.set(key, [level]);
  else filed.push(level);
  return level;
}

/** The index of the levels under `owner`, made on first use. */
function indexFor<O, L>(indexes: Map<O, Map<string, L[]>>, owner: O): Map<string, L[]> {
  let index = indexes.get(owner);
  if (index === undefined) {
    index = new Map<string, L[]>();
    indexes.set(owner, index);
  }
  return index;
}

/**
 * Groups claims into the 837 hierarchy (TR3 1.4.3, 2000A/B/C): one billing provider level per
 * distinct billing provider (NPI, TIN, address and the rest of its fields, so nothing given is
 * dropped), one subscriber level under it per distinct subscriber and payer, one patient level
 * under that per distinct dependent patient. Levels keep the order in which they first appear
 * and claims keep their input order within a level.
 */
export function groupClaims<C extends ClaimParties837>(claims: readonly C[]): ProviderLevel<C>[] {
  const providers: ProviderLevel<C>[] = [];
  const providerIndex = new Map<string, ProviderLevel<C>[]>();
  const subscriberIndex = new Map<ProviderLevel<C>, Map<string, SubscriberLevel<C>[]>>();
  const patientIndex = new Map<SubscriberLevel<C>, Map<string, PatientLevel<C>[]>>();
  for (const claim of claims) {
    const provider = levelFor(
      providers,
      providerIndex,
      claim.billingProvider.npi,
      (level) => sameProvider(level.first, claim),
      () => ({ first: claim, all: [], subscribers: [] }),
    );
    provider.all.push(claim);
    const subscriber = levelFor(
      provider.subscribers,
      indexFor(subscriberIndex, provider),
      claim.subscriber.memberId,
      (level) => sameSubscriber(level.first, claim),
      () => ({ first: claim, claims: [], patients: [] }),
    );
    const patient = claim.patient;
    if (patient === undefined) {
      subscriber.claims.push(claim);
      continue;
    }
    const level = levelFor(
      subscriber.patients,
      indexFor(patientIndex, subscriber),
      patient.firstName,
      (l) => samePatient(l.patient, patient),
      () => ({ patient, claims: [] }),
    );
    level.claims.push(claim);
  }
  return providers;
}

/** Claims per transaction set above which TR3 1.4.1 advises splitting (a warning only). */
export const recommendedMaxClaims = 5000;

/** An 837 needs a claim; above {@link recommendedMaxClaims} a warning advises splitting. */
export function checkClaimCount(b: SetBuilder, count: number, name: string): void {
  if (count === 0) b.flag('HL', 'required-loop-missing', `an ${name} needs at least one claim`);
  if (count > recommendedMaxClaims) {
    b.report(
      'ST',
      1,
      'too-many-claims',
      `has ${count} claims; TR3 1.4.1 advises at most ${recommendedMaxClaims} per transaction set`,
      { warning: true },
    );
  }
}

/** How one guide writes the levels and claims of the tree {@link writeClaimTree} walks. */
export interface TreeWriters<C extends ClaimParties837> {
  billingProvider(b: SetBuilder, claim: C, hl: number): void;
  subscriber(b: SetBuilder, claim: C, hl: number, parent: number, hasPatients: boolean): void;
  patient(b: SetBuilder, patient: Patient837p, hl: number, parent: number): void;
  claim(b: SetBuilder, claim: C): void;
}

function claimsContext(claims: readonly { readonly patientControlNumber: string }[]): string {
  const names = claims.slice(0, 3).map((c) => c.patientControlNumber);
  const more = claims.length > 3 ? ` and ${claims.length - 3} more` : '';
  return `${claims.length === 1 ? 'claim' : 'claims'} ${names.join(', ')}${more}: `;
}

/**
 * Writes the HL tree of an 837 (TR3 1.4.3): each billing provider level (HL03 20), its
 * subscriber levels (22, HL04 1 when patients follow) and their patient levels (23), HL01
 * counted from 1 and HL02 naming the parent, with each claim under its subscriber or patient.
 * Issues are prefixed with the patient control numbers of the claims the level carries.
 */
export function writeClaimTree<
  C extends ClaimParties837 & { readonly patientControlNumber: string },
>(b: SetBuilder, claims: readonly C[], write: TreeWriters<C>): void {
  let hl = 0;
  for (const provider of groupClaims(claims)) {
    const providerHl = (hl += 1);
    b.context = claimsContext(provider.all);
    write.billingProvider(b, provider.first, providerHl);
    for (const subscriber of provider.subscribers) {
      const subscriberHl = (hl += 1);
      b.context = claimsContext([
        ...subscriber.claims,
        ...subscriber.patients.flatMap((p) => p.claims),
      ]);
      write.subscriber(
        b,
        subscriber.first,
        subscriberHl,
        providerHl,
        subscriber.patients.length > 0,
      );
      for (const claim of subscriber.claims) {
        b.context = `claim ${claim.patientControlNumber}: `;
        write.claim(b, claim);
      }
      for (const patient of subscriber.patients) {
        b.context = claimsContext(patient.claims);
        write.patient(b, patient.patient, (hl += 1), subscriberHl);
        for (const claim of patient.claims) {
          b.context = `claim ${claim.patientControlNumber}: `;
          write.claim(b, claim);
        }
      }
    }
  }
}
