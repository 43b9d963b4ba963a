// `npm start` / `npm run serve`: the demo server goes away with the npm process that started it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scripts = JSON.parse(readFileSync(new URL('package.json', `file://${root}`), 'utf8')).scripts;

/** A port nobody listens on right now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const answers = async (port) => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/demo/`)).status;
  } catch {
    return null;
  }
};

describe('npm start', () => {
  let child;
  after(() => {
    // Only matters when the test failed: whatever is left of the process group it started, by its id.
    try {
      if (child) process.kill(-child.pid, 'SIGKILL');
    } catch (error) {
      if (error.code !== 'ESRCH') throw error;
    }
  });

  it('builds, then hands over to `npm run serve` in place (no shell left between npm and the server)', () => {
    assert.match(scripts.start, /^npm run build && exec npm run serve --$/);
    assert.match(scripts.serve, /^exec wds /);
  });

  it('serves the demo until npm gets SIGTERM, then leaves no server running', async () => {
    const port = await freePort();
    child = spawn('npm', ['run', 'serve', '--', '--port', String(port)], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Demo portal')) resolve();
      });
      child.on('exit', () => reject(new Error(`npm exited before serving:\n${output}`)));
    });
    assert.equal(await answers(port), 200);

    const exited = new Promise((resolve) => child.on('exit', resolve));
    process.kill(child.pid, 'SIGTERM'); // what a process manager or `kill <npm pid>` sends
    await exited;
    // The server may take a moment to close after npm: poll briefly instead of sleeping blindly.
    let status = await answers(port);
    for (let tries = 0; status !== null && tries < 20; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await answers(port);
    }
    assert.equal(status, null, 'the dev server still answers after npm was stopped');
  });
});
