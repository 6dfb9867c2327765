import Fastify from 'fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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
import { toProblem } from './problem.ts';
import type { CodeSetCatalog } from './services/code-set-catalog.ts';
import type { ContextResolver, RequestContext } from './request-context.ts';
import { registerRoutes } from './routes/index.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route needs; `public` only for health and the API document. */
    permission?: Permission | 'public';
  }
  interface FastifyRequest {
    ctx: RequestContext;
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

export interface AppOptions {
  readonly db: Database;
  readonly resolveContext: ContextResolver;
  readonly version: string;
  readonly logger?: boolean;
  /** Today's date where the practice is: dates of service and filing limits are measured to it. */
  readonly today: () => IsoDate;
  /** The payers' declared rules (docs/payer-rules.md), compiled. */
  readonly payerRules?: readonly ScrubRule[];
  /** The official code sets loaded (the encoder and code detail answer from them). */
  readonly codeSets: CodeSetCatalog;
}

/**
 * The HTTP API: zod validates every request at the edge, every route declares its permission,
 * every error leaves as RFC 9457 problem+json. The OpenAPI document is at /openapi.json and
 * browsable at /docs.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? requestLogging : false,
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

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
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs')) route.config = { ...route.config, permission: 'public' };
    if (route.config?.permission === undefined) {
      throw new Error(`Route ${route.method.toString()} ${route.url} declares no permission.`);
    }
  });
  // Sign-in and permission are checked on arrival, before the body is even parsed.
  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (permission === 'public' || permission === undefined) return;
    request.ctx = await options.resolveContext(request);
    if (!can(request.ctx.actor.roles, permission)) {
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
  registerRoutes(app, options);
  return app;
}
