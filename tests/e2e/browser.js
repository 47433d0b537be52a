// The browser and server set-up shared by the end-to-end tests (fixtures.js) and the
// benchmark (bench/run.mjs). Node's standard library only, so the bench can import it
// without the test packages.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Debian's Chromium, quiet: no background traffic, so every request is the app's. */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};

/** Waits until a service worker controls the page (the first visit is not controlled). */
export async function untilControlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** Serves a dist folder with .ci/serve.py on its own port (and optional sub-path); with
 * `log`, every response is appended to that file as "status bytes path". */
export async function serve(dir, port, base = '/', log = null) {
  const args = ['--dir', dir, '--port', String(port), '--base', base, ...(log ? ['--log', log] : [])];
  const child = spawn('python3', [path.resolve(here, '../../.ci/serve.py'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('Serving') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}${base}`, close: () => child.kill() };
}
