import type { FastifyRequest } from 'fastify';
import type { Role } from '@medbill/core';

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
  /** The provider a `provider` account signs for. */
  readonly providerId?: string | undefined;
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

const NO_PROVIDER = '00000000-0000-0000-0000-000000000000';

/**
 * A provider's account reads only the encounters they rendered: the provider id every encounter
 * query is held to, or undefined for the other roles (an account with another role besides
 * `provider` works as that role).
 */
export function ownEncountersScope(ctx: RequestContext): string | undefined {
  const { roles, providerId } = ctx.actor;
  if (!roles.every((role) => role === 'provider')) return undefined;
  return providerId ?? NO_PROVIDER;
}
