import type { FastifyRequest } from 'fastify';
import type { Role } from '@medbill/core';

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
}

/** Who is acting, for which organization, from where. Every handler receives one. */
export interface RequestContext {
  readonly orgId: string;
  readonly actor: Actor;
  readonly requestId: string;
  readonly ip: string;
}

/** Turns a request into its context, or throws an `unauthenticated` MedbillError. */
export type ContextResolver = (request: FastifyRequest) => Promise<RequestContext> | RequestContext;

/**
 * Single-organization mode for a server run on one machine before accounts exist: every request
 * acts as the local operator of one organization. The workspace's sign-in replaces this resolver
 * with one that reads the session; handlers do not change.
 */
export function localOperatorResolver(orgId: string): ContextResolver {
  const actor: Actor = { id: 'local-operator', name: 'Local operator', roles: ['admin'] };
  return (request) => ({ orgId, actor, requestId: request.id, ip: request.ip });
}
