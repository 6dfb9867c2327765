/** What the biller's 835 must echo from an 837P: each claim's number and its lines. */
export interface SentClaim {
  readonly claimNumber: string;
  readonly lines: { code: string; modifiers: string[]; charge: number; controlNumber: string }[];
}

const cents = (amount: string) => {
  const [whole = '0', fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
};

/** Reads CLM, SV1 and REF*6R out of an 837P (delimiters from the ISA). */
export function claimsIn837(text: string): SentClaim[] {
  const element = text.charAt(3);
  const component = text.charAt(104);
  const terminator = text.charAt(105);
  const claims: SentClaim[] = [];
  for (const raw of text.split(terminator)) {
    const [id, ...els] = raw.trim().split(element);
    const current = claims.at(-1);
    if (id === 'CLM') claims.push({ claimNumber: els[0] ?? '', lines: [] });
    if (id === 'SV1' && current) {
      const [, code = '', ...modifiers] = (els[0] ?? '').split(component);
      current.lines.push({ code, modifiers, charge: cents(els[1] ?? '0'), controlNumber: '' });
    }
    const line = current?.lines.at(-1);
    if (id === 'REF' && els[0] === '6R' && line) line.controlNumber = els[1] ?? '';
  }
  return claims;
}
