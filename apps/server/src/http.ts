import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import type { App } from './yoga.ts';

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>newsgraph</title></head>
<body><h1>newsgraph</h1><p>The web app is not built yet. Build it with <code>pnpm build</code> at the repository root,
or set WEB_DIST to its folder. The API is running: open <a href="/graphql">/graphql</a> for GraphiQL.</p></body></html>`;

/** One port: the API at /graphql (and /health, /ready), the built web app everywhere else (unknown paths get index.html). */
export function createHttpServer(app: App, webDist: string) {
  const hasWeb = existsSync(join(webDist, 'index.html'));
  const web = hasWeb ? sirv(webDist, { single: true, etag: true, gzip: true }) : null;
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql' || path.startsWith('/graphql/') || path === '/health' || path === '/ready') {
      void app.handle(req, res);
      return;
    }
    if (web) {
      web(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(NOT_BUILT);
  });
}
