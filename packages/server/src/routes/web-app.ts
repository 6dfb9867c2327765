import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import type { ApiApp } from '../api-app.ts';

/** True when `root` holds a built workspace (packages/web/dist). */
export function hasWebBuild(root: string | undefined): root is string {
  return root !== undefined && existsSync(join(root, 'index.html'));
}

/**
 * The browser workspace, built by Vite into `root`, served under /app/. A path that names no
 * file is a deep link into the single-page app and gets index.html. Static files carry no PHI,
 * so these routes are public; everything the app shows comes from the API behind sign-in.
 */
export function webAppRoutes(app: ApiApp, root: string): void {
  void app.register(fastifyStatic, { root, serve: false });
  const hide = { hide: true };
  app.get('/', { config: { permission: 'public' }, schema: hide }, (_request, reply) =>
    reply.redirect('/app/'),
  );
  app.get('/app', { config: { permission: 'public' }, schema: hide }, (_request, reply) =>
    reply.redirect('/app/'),
  );
  app.get(
    '/app/*',
    {
      config: { permission: 'public' },
      schema: { ...hide, params: z.object({ '*': z.string() }) },
    },
    (request, reply) => {
      const file = normalize(request.params['*']);
      const inside = file !== '.' && !file.startsWith('..') && !file.startsWith(sep);
      const full = join(root, file);
      if (inside && existsSync(full) && statSync(full).isFile()) {
        // Vite puts a content hash in every asset name: they never change.
        const immutable = file.startsWith(`assets${sep}`);
        return reply.sendFile(file, { maxAge: immutable ? '365d' : 0, immutable });
      }
      // The page names this build's assets: always ask for the current one.
      return reply
        .header('cache-control', 'no-cache')
        .sendFile('index.html', { cacheControl: false });
    },
  );
}
