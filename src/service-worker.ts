/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// Offline after the first visit: the whole site (every page, script, style, image) and the MNIST
// digits are put in the cache when the service worker installs, so a classroom with bad Wi-Fi
// keeps working, training included. A new deploy gets a new cache and the old one is deleted.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `convolutif-${version}`;
// KaTeX ships each font as woff2, woff and ttf; every browser that runs this worker reads woff2 and
// never asks for the other two, so caching them would only triple the fonts' download.
const ASSETS = [...build, ...files, ...prerendered].filter((asset) => !/\.(woff|ttf)$/.test(asset));

/**
 * A worker that starts workers of its own (training's helpers, which compute gradients) names their
 * files inside its script, and SvelteKit's list knows only the first worker: read each cached worker
 * script and cache the files of the same folder it names, so training works offline with all its
 * workers. A name that is not a file there is not a worker: it is skipped.
 */
async function cacheNestedWorkers(cache: Cache): Promise<void> {
	for (const path of ASSETS.filter((asset) => asset.includes('/_app/immutable/workers/'))) {
		const script = (await (await cache.match(path))?.text()) ?? '';
		const folder = path.slice(0, path.lastIndexOf('/') + 1);
		const named = [...script.matchAll(/[`'"]([\w-]+\.js)[`'"]/g)]
			.map((match) => folder + match[1])
			.filter((file) => !ASSETS.includes(file));
		await Promise.all(named.map((file) => cache.add(file).catch(() => undefined)));
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then(async (cache) => {
				await cache.addAll(ASSETS);
				await cacheNestedWorkers(cache);
			})
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	if (event.request.method !== 'GET') return;
	const url = new URL(event.request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Files of this build never change under the same name: the cache answers first.
			if (ASSETS.includes(url.pathname)) {
				const cached = await cache.match(url.pathname);
				if (cached) return cached;
			}
			// Anything else: the network first, the cache when offline.
			try {
				const response = await fetch(event.request);
				if (response.ok && response.type === 'basic') {
					await cache.put(event.request, response.clone());
				}
				return response;
			} catch (error) {
				const cached = (await cache.match(event.request)) ?? (await cache.match(url.pathname));
				if (cached) return cached;
				throw error;
			}
		})()
	);
});
