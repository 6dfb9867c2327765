import type { Claim837p, Patient837p, X12Address } from './build-837p-input.ts';

/** A 2000C patient level and its claims, in input order. */
export interface PatientLevel {
  readonly patient: Patient837p;
  readonly claims: Claim837p[];
}

/** A 2000B subscriber level: claims of the subscriber as patient, or its 2000C patients. */
export interface SubscriberLevel {
  /** The first claim of this level, whose subscriber and payer are written. */
  readonly first: Claim837p;
  readonly claims: Claim837p[];
  readonly patients: Map<string, PatientLevel>;
}

/** A 2000A billing provider level and its subscribers, in order of first appearance. */
export interface ProviderLevel {
  readonly first: Claim837p;
  readonly all: Claim837p[];
  readonly subscribers: Map<string, SubscriberLevel>;
}

const sep = '\u0001';
const addressKey = (a: X12Address | undefined): string =>
  a === undefined ? '' : [a.line1, a.line2 ?? '', a.city, a.state, a.zip].join(sep);

function providerKey(c: Claim837p): string {
  const p = c.billingProvider;
  const tin = `${p.ein ?? ''}${sep}${p.ssn ?? ''}`;
  return [p.npi, tin, addressKey(p.address), p.name, p.taxonomy, addressKey(p.payToAddress)].join(
    sep,
  );
}

function subscriberKey(c: Claim837p): string {
  const s = c.subscriber;
  return [
    s.payerResponsibility,
    s.patientIsSubscriber,
    s.groupNumber ?? '',
    s.claimFilingIndicator,
    s.lastName,
    s.firstName,
    s.middleName ?? '',
    s.memberId,
    addressKey(s.address),
    s.dateOfBirth ?? '',
    s.sex ?? '',
    c.payer.name,
    c.payer.payerId,
    addressKey(c.payer.address),
  ].join(sep);
}

function patientKey(p: Patient837p): string {
  const { relationship, lastName, firstName, middleName, address, dateOfBirth, sex } = p;
  return [
    relationship,
    lastName,
    firstName,
    middleName ?? '',
    addressKey(address),
    dateOfBirth,
    sex,
  ].join(sep);
}

/**
 * Groups claims into the 837P hierarchy (TR3 1.4.3, 2000A/B/C): one billing provider level per
 * distinct billing provider (NPI, TIN, address and the rest of its fields, so nothing given is
 * dropped), one subscriber level under it per distinct subscriber and payer, one patient level
 * under that per distinct dependent patient. Levels keep the order in which they first appear
 * and claims keep their input order within a level.
 */
export function groupClaims(claims: readonly Claim837p[]): ProviderLevel[] {
  const providers = new Map<string, ProviderLevel>();
  for (const claim of claims) {
    const pk = providerKey(claim);
    let provider = providers.get(pk);
    if (provider === undefined) {
      provider = { first: claim, all: [], subscribers: new Map() };
      providers.set(pk, provider);
    }
    provider.all.push(claim);
    const sk = subscriberKey(claim);
    let subscriber = provider.subscribers.get(sk);
    if (subscriber === undefined) {
      subscriber = { first: claim, claims: [], patients: new Map() };
      provider.subscribers.set(sk, subscriber);
    }
    if (claim.patient === undefined) {
      subscriber.claims.push(claim);
      continue;
    }
    const ck = patientKey(claim.patient);
    let patient = subscriber.patients.get(ck);
    if (patient === undefined) {
      patient = { patient: claim.patient, claims: [] };
      subscriber.patients.set(ck, patient);
    }
    patient.claims.push(claim);
  }
  return [...providers.values()];
}
