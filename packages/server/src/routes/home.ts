import type { ApiApp } from '../api-app.ts';

const page = (version: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>medbill</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;color:#1f2933}
code{background:#eef2f7;padding:.1rem .3rem;border-radius:3px}a{color:#0b5cad}</style></head>
<body>
<h1>medbill <small>${version}</small></h1>
<p>The medbill API is running. The browser workspace for coders and billers is on its way;
until then, work through the API.</p>
<ul>
<li><a href="/docs">API documentation</a> (OpenAPI, try requests in the browser)</li>
<li><a href="/openapi.json">OpenAPI document</a></li>
<li><a href="/health">Health</a></li>
<li><a href="/patients?limit=20">Patients</a> · <a href="/encounters?limit=20">Encounters</a> · <a href="/payers">Payers</a> · <a href="/providers">Providers</a></li>
</ul>
</body></html>`;

export function homeRoutes(app: ApiApp, version: string): void {
  const html = page(version);
  app.get('/', { config: { permission: 'public' }, schema: { hide: true } }, (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(html),
  );
}
