import type { FastifyRequest } from 'fastify';
import { MedbillError } from '@medbill/core';
import type { Database, SessionRecord, UserRecord } from '@medbill/db';
import { deleteSession, findSession, findUser, touchSession } from '@medbill/db';
import type { ContextResolver } from '../request-context.ts';
import type { AuthSettings } from './auth-settings.ts';
import { CSRF_HEADER, SESSION_COOKIE, sameToken, tokenHash } from './session-tokens.ts';

export interface ActiveSession {
  readonly session: SessionRecord;
  readonly user: UserRecord;
}

/** Saving the last request's time on every request would make every read a write. */
const TOUCH_EVERY_MS = 30_000;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in session behind a request's cookie, or an `unauthenticated` error saying why. */
export async function activeSession(
  db: Database,
  settings: AuthSettings,
  request: FastifyRequest,
): Promise<ActiveSession> {
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined || token === '') {
    throw new MedbillError('unauthenticated', 'Sign in to continue.');
  }
  const hash = tokenHash(token);
  const session = await findSession(db, hash);
  if (!session) throw new MedbillError('unauthenticated', 'Your session has ended; sign in again.');
  const now = settings.now().getTime();
  const idleMs = settings.idleTimeoutMinutes * 60_000;
  if (now - session.lastSeenAt.getTime() > idleMs) {
    await deleteSession(db, hash);
    throw new MedbillError(
      'unauthenticated',
      `You were signed out after ${settings.idleTimeoutMinutes} minutes without activity; sign in again.`,
    );
  }
  if (now - session.createdAt.getTime() > settings.maxSessionHours * 3_600_000) {
    await deleteSession(db, hash);
    throw new MedbillError(
      'unauthenticated',
      `Sessions last ${settings.maxSessionHours} hours; sign in again.`,
    );
  }
  const user = await findUser(db, session.orgId, session.userId);
  if (!user || user.disabled) {
    await deleteSession(db, hash);
    throw new MedbillError('unauthenticated', 'This account is disabled.');
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(db, hash, new Date(now));
  }
  return { session, user };
}

/**
 * Resolves a request's actor from its session cookie. A request that changes something must also
 * carry the session's CSRF token in `X-CSRF-Token`; the cookie alone proves only that a browser
 * holding it sent the request, not that our page did.
 */
export function sessionResolver(db: Database, settings: AuthSettings): ContextResolver {
  return async (request) => {
    const { session, user } = await activeSession(db, settings, request);
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
        throw new MedbillError(
          'csrf',
          'This request did not come from a medbill page (missing or wrong X-CSRF-Token); nothing was changed.',
        );
      }
    }
    return {
      orgId: session.orgId,
      actor: {
        id: user.id,
        name: user.name,
        roles: user.roles,
        ...(user.providerId ? { providerId: user.providerId } : {}),
      },
      requestId: request.id,
      ip: request.ip,
    };
  };
}
