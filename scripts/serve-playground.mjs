/**
 * A tiny static server for playground/ on 127.0.0.1 (no dependency): `npm run playground`
 * builds the bundle and serves it; the browser test uses startServer() on a random port.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlayground } from './build-playground.mjs';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'playground');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serve playground/ on 127.0.0.1; port 0 picks a free one. Resolves to { url, close }. */
export function startServer(port = 0) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(DIR, path.endsWith('/') ? `${path}index.html` : path));
    // Never serve outside the folder.
    if (!file.startsWith(DIR + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({ url: `http://127.0.0.1:${p}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildPlayground();
  const { url } = await startServer(Number(process.env.PORT ?? 5173));
  console.log(`medad playground: ${url}  (Ctrl+C to stop)`);
}
