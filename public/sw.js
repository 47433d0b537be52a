// Service worker: makes the app start with no signal at the track.
//
// The precache list and build id below are written at build time by .ci/precache.py from
// the files trunk staged; never edit them by hand. URLs are relative to this worker's
// scope, so the same build works at a domain's root or under a sub-path.
//
// - install: fetch and store every file of this build; installation fails (and the old
//   version stays in charge) unless all of them were stored. Nothing is downloaded twice:
//   trunk's content-hashed files (name-<16 hex>.ext) and the split wasm modules (in a
//   folder wasm-<16 hex>/) never change under their name, so they come from the HTTP
//   cache when the page has just fetched them (as Workbox does for revisioned URLs); the few unhashed ones (index.html, manifest, icons) are
//   revalidated ("no-cache"), which costs a 304 and no body when they are current.
// - activate: delete the caches of older builds, then take control of open pages.
// - navigations: network first (a fresh index.html when online), the cached app shell
//   when offline or when the network is too slow to answer.
// - everything else from this origin: cache first, the network as fallback.
// - a new version waits until the page asks it to take over (the user pressed Reload).
// - files shared to the installed app (Web Share Target: the manifest's "share_target"
//   POSTs them here) are kept in a cache of their own, on this phone only, and the page
//   is sent to the run log, whose import reads them, shows its preview and deletes them.

const BUILD = "__BUILD_ID__";
const PRECACHE = __PRECACHE_LIST__;
const CACHE_PREFIX = "achilles-";
const CACHE = CACHE_PREFIX + BUILD;
// Outside the build's prefix, so a new version's activation does not delete shared files
// the run log has not read yet.
const SHARED = "shared-files";
// The manifest's share_target action and the page that imports what was shared.
const SHARE_ACTION = "share-target";
const SHARE_LANDING = "journal?shared";
// A phone with one bar of signal should not stare at a blank screen.
const NAVIGATION_TIMEOUT_MS = 3000;

// The app shell is stored under the scope's own URL ("./"), the one a first visit loads,
// so the precache revalidates the page's copy instead of downloading index.html again.
const scoped = (path) => new URL(path === "index.html" ? "./" : path, self.registration.scope).href;

const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$|(^|\/)[a-z]+-[0-9a-f]{16}\//;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(
        PRECACHE.map((path) => new Request(scoped(path), { cache: HASHED.test(path) ? "default" : "no-cache" }))
      )
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE).map((n) => caches.delete(n))
      );
      await self.clients.claim();
    })()
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method === "POST" && request.url === scoped(SHARE_ACTION)) {
    event.respondWith(receiveShared(request));
    return;
  }
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirst(request) {
  const shell = () => caches.open(CACHE).then((c) => c.match(scoped("index.html")));
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), NAVIGATION_TIMEOUT_MS)),
    ]);
    // A static host answers 404 for an app route such as /check: the app shell handles it.
    if (response.ok) return response;
    return (await shell()) || response;
  } catch (_) {
    const cached = await shell();
    return cached || Response.error();
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  return fetch(request);
}

// Each shared file under shared/<n>, its name in a header (URL-encoded: a header is
// ASCII). Whatever fails, the run log opens and says what it received.
async function receiveShared(request) {
  try {
    const form = await request.formData();
    // A form with no file chosen still sends one nameless, empty file.
    const files = form.getAll("files").filter((f) => typeof f !== "string" && (f.name !== "" || f.size > 0));
    await caches.delete(SHARED);
    const cache = await caches.open(SHARED);
    await Promise.all(
      files.map((file, i) =>
        cache.put(
          scoped(`shared/${i}`),
          new Response(file, { headers: { "X-File-Name": encodeURIComponent(file.name) } })
        )
      )
    );
  } catch (_) {
    // Nothing stored: the run log finds no files and says so.
  }
  return Response.redirect(scoped(SHARE_LANDING), 303);
}
