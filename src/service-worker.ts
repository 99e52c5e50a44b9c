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
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
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
