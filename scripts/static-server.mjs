// A static file server on 127.0.0.1 (random port) for the screenshot scripts: files under
// `root`, a directory's index.html, 404 otherwise.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Starts the server; resolves to the `http.Server` once it listens. `route(url, response)` is asked
 * first and returns true when it has answered.
 *
 * @example
 * const server = await serveStatic(process.cwd());
 * const base = `http://127.0.0.1:${server.address().port}`;
 */
export function serveStatic(root, route = () => false) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    if (route(url, response)) return;
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
