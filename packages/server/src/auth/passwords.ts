import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's recommended cost (19 MiB, 2 passes, 1 lane): about 20 ms a guess here.
 * The library defaults to argon2id; the cost is spelled out so that a library upgrade cannot
 * weaken it silently.
 */
const COST = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, COST);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/** Spends a verification's time on an unknown email, so that timing does not tell which exist. */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('not a password anyone has');
  await verifyPassword(await decoy, password);
  return false;
}
