/** The payer an 835 names in loop 1000A N1*PR: its name (N102) and, when sent, its id (N104). */
export interface RemitPayer {
  readonly name: string;
  readonly id?: string;
}

/** A payer on file as matching needs it: its name and the payer id claims are sent to. */
export interface PayerOnFile {
  readonly name: string;
  readonly payerId: string;
}

const plain = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * Whether the 835 comes from this payer: by id when the 835 sends one that is the payer's id,
 * else by name, ignoring case, spaces and punctuation ("MEDICARE PART B" is "Medicare Part B").
 */
export function isRemitPayer(remit: RemitPayer, payer: PayerOnFile): boolean {
  if (remit.id !== undefined && plain(remit.id) !== '' && plain(remit.id) === plain(payer.payerId))
    return true;
  return plain(remit.name) !== '' && plain(remit.name) === plain(payer.name);
}

/**
 * The claim a claim payment posts to, given the claim its CLP01 names (`echoed`) and the claims
 * built from it for later payers: the echoed claim when its payer sent the 835 (or nobody's
 * did); else the one later payer's claim whose payer sent it. A crossover secondary's 835 quotes
 * the claim number medbill sent the primary, and belongs to the secondary's claim.
 */
export function claimOfRemitPayer<T>(
  echoed: T,
  later: readonly T[],
  payerOf: (claim: T) => PayerOnFile | undefined,
  remit: RemitPayer,
): T {
  const sentBy = (claim: T) => {
    const payer = payerOf(claim);
    return payer !== undefined && isRemitPayer(remit, payer);
  };
  if (sentBy(echoed)) return echoed;
  const fits = later.filter(sentBy);
  return fits.length === 1 && fits[0] !== undefined ? fits[0] : echoed;
}
