import type { Remittance, RemittanceClaim } from '@medbill/x12';

/** The `position`th claim payment of a file (1-based, over its transactions in order). */
export function claimPaymentAt(
  remittances: readonly Remittance[],
  position: number,
): { remittance: Remittance; claim: RemittanceClaim; r: number; c: number } | undefined {
  let left = position;
  for (const [r, remittance] of remittances.entries()) {
    if (left <= remittance.claims.length) {
      const claim = remittance.claims[left - 1];
      return claim ? { remittance, claim, r, c: left - 1 } : undefined;
    }
    left -= remittance.claims.length;
  }
  return undefined;
}
