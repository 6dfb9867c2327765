/** A base32 secret as a person types it into an authenticator app: "ABCD EFGH IJKL …". */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** What the user typed as an authenticator code, if it is one: "123 456" → "123456". */
export function totpCode(text: string): string | undefined {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : undefined;
}

/** The account name and issuer an otpauth:// URI names, to show beside it. */
export function otpauthLabel(uri: string): { issuer?: string; account: string } | undefined {
  const match = /^otpauth:\/\/totp\/([^?]+)(?:\?(.*))?$/.exec(uri);
  if (!match?.[1]) return undefined;
  const label = decodeURIComponent(match[1]);
  const issuer = new URLSearchParams(match[2] ?? '').get('issuer') ?? label.split(':')[0];
  const account = label.includes(':') ? label.slice(label.indexOf(':') + 1) : label;
  return issuer && issuer !== label ? { issuer, account } : { account };
}
