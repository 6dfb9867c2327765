import { isLocked, lockAfterFailure, MedbillError } from '@medbill/core';
import type { Database, UserRecord } from '@medbill/db';
import {
  appendAudit,
  findCredentialsByEmail,
  insertSession,
  recordFailedLogin,
  recordSuccessfulLogin,
} from '@medbill/db';
import { verifyDecoy, verifyPassword } from './passwords.ts';
import { newToken, tokenHash } from './session-tokens.ts';
import { totpMatches } from './totp.ts';

export interface SignInAttempt {
  readonly email: string;
  readonly password: string;
  readonly totp?: string | undefined;
  readonly ip: string;
  readonly requestId: string;
  readonly now: Date;
}

export interface SignedIn {
  readonly user: UserRecord;
  readonly orgName: string;
  /** Goes to the browser in the cookie and nowhere else. */
  readonly sessionToken: string;
  readonly csrfToken: string;
}

const REFUSED = 'The email or password is not right.';

/**
 * Checks a sign-in and opens a session. Every outcome on a known account is written to the audit
 * trail; an unknown email costs the same time as a known one and says the same thing.
 */
export async function signIn(db: Database, attempt: SignInAttempt): Promise<SignedIn> {
  const account = await findCredentialsByEmail(db, attempt.email.trim());
  if (!account) {
    await verifyDecoy(attempt.password);
    throw new MedbillError('unauthenticated', REFUSED);
  }
  const record = (action: 'sign_in' | 'sign_in_failed') =>
    appendAudit(db, {
      orgId: account.orgId,
      actorId: account.id,
      action,
      entity: 'session',
      entityId: account.id,
      requestId: attempt.requestId,
      ip: attempt.ip,
    });
  /** A wrong password or code counts towards the lockout, is audited, and refuses the attempt. */
  const fail = async (error: MedbillError): Promise<never> => {
    await recordFailedLogin(
      db,
      account.orgId,
      account.id,
      lockAfterFailure(account.failedLogins, attempt.now),
    );
    await record('sign_in_failed');
    throw error;
  };
  if (isLocked(account.lockedUntil, attempt.now)) {
    await record('sign_in_failed');
    throw new MedbillError(
      'account_locked',
      `Too many failed sign-ins: the account is locked until ${account.lockedUntil?.toISOString() ?? ''}. An administrator can unlock it sooner.`,
    );
  }
  const passwordOk = await verifyPassword(account.passwordHash, attempt.password);
  if (!passwordOk || account.disabled) await fail(new MedbillError('unauthenticated', REFUSED));
  if (account.totpSecret !== null) {
    if (attempt.totp === undefined || attempt.totp === '') {
      throw new MedbillError(
        'totp_required',
        'Enter the 6-digit code from your authenticator app.',
      );
    }
    if (!totpMatches(account.totpSecret, attempt.totp, attempt.now)) {
      await fail(
        new MedbillError('totp_required', 'That code is not right; enter the current one.'),
      );
    }
  }
  const sessionToken = newToken();
  const csrfToken = newToken();
  await db.transaction(async (tx) => {
    await recordSuccessfulLogin(tx, account.orgId, account.id);
    await insertSession(tx, {
      tokenHash: tokenHash(sessionToken),
      orgId: account.orgId,
      userId: account.id,
      csrfToken,
      createdAt: attempt.now,
      ip: attempt.ip,
    });
  });
  await record('sign_in');
  return { user: account, orgName: account.orgName, sessionToken, csrfToken };
}
