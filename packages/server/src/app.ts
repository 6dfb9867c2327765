import Fastify from 'fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, MedbillError } from '@medbill/core';
import type { IsoDate, Permission, ScrubRule } from '@medbill/core';
import type { Database } from '@medbill/db';
import { defaultAuthSettings } from './auth/auth-settings.ts';
import type { AuthSettings } from './auth/auth-settings.ts';
import { sessionResolver } from './auth/session-resolver.ts';
import { toProblem } from './problem.ts';
import type { CodeSetCatalog } from './services/code-set-catalog.ts';
import type { ContextResolver, RequestContext } from './request-context.ts';
import { registerRoutes } from './routes/index.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * What the route needs: a permission, `signed_in` (any account, e.g. its own second factor),
     * or `public` (health, the API document, sign-in, the app's static files).
     */
    permission?: Permission | 'signed_in' | 'public';
  }
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyInstance {
    /** Every route with the permission it declared (the role/route matrix test walks it). */
    routeTable: readonly RouteEntry[];
  }
}

/**
 * Request logs carry the method and the route pattern only: never a URL with a patient's name in
 * its query string, never a body, never a cookie (no PHI in logs).
 */
const requestLogging = {
  serializers: {
    req: (request: FastifyRequest) => ({
      method: request.method,
      route: request.routeOptions.url,
      id: request.id,
    }),
  },
};

export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly permission: Permission | 'signed_in' | 'public';
}

export interface AppOptions {
  readonly db: Database;
  /** Who is acting; by default the session cookie's account (tests hand in their own). */
  readonly resolveContext?: ContextResolver;
  readonly auth?: AuthSettings;
  readonly version: string;
  /** Request logs (method, route, status; never PHI), to stdout or to the stream given. */
  readonly logger?: boolean | { readonly stream: { write(line: string): void } };
  /** Today's date where the practice is: dates of service and filing limits are measured to it. */
  readonly today: () => IsoDate;
  /** The payers' declared rules (docs/payer-rules.md), compiled. */
  readonly payerRules?: readonly ScrubRule[];
  /** The official code sets loaded (the encoder and code detail answer from them). */
  readonly codeSets: CodeSetCatalog;
  /** The built browser workspace (packages/web/dist), served at /app/ when present. */
  readonly webRoot?: string;
}

/**
 * The HTTP API: zod validates every request at the edge, every route declares its permission,
 * every error leaves as RFC 9457 problem+json. The OpenAPI document is at /openapi.json and
 * browsable at /docs.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === undefined || options.logger === false
        ? false
        : {
            ...requestLogging,
            ...(options.logger === true ? {} : { stream: options.logger.stream }),
          },
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const auth = options.auth ?? defaultAuthSettings;
  const resolveContext = options.resolveContext ?? sessionResolver(options.db, auth);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    // The app's styles are set inline by its component library.
    contentSecurityPolicy: {
      directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
    },
  });
  await app.register(fastifyRateLimit, { global: false });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'medbill API',
        version: options.version,
        description:
          'Medical billing and coding: setup, patients, coverages, encounters. Errors are RFC 9457 problem+json.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true });

  app.decorateRequest('ctx', null as unknown as RequestContext);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs')) route.config = { ...route.config, permission: 'public' };
    const permission = route.config?.permission;
    if (permission === undefined) {
      throw new Error(`Route ${route.method.toString()} ${route.url} declares no permission.`);
    }
    for (const method of [route.method].flat()) {
      routeTable.push({ method, url: route.url, permission });
    }
  });
  // Sign-in and permission are checked on arrival, before the body is even parsed.
  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (permission === 'public' || permission === undefined) return;
    request.ctx = await resolveContext(request);
    if (permission !== 'signed_in' && !can(request.ctx.actor.roles, permission)) {
      throw new MedbillError('forbidden', `Your role does not allow ${permission}.`);
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error, request.url);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.status(problem.status).type('application/problem+json').send(problem);
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type('application/problem+json')
      .send(
        toProblem(
          new MedbillError('not_found', `No route ${request.method} ${request.url}.`),
          request.url,
        ),
      ),
  );

  app.get('/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, () =>
    app.swagger(),
  );
  registerRoutes(app, options, auth);
  return app;
}
