import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumPath, chromiumArgs } from './tests/chromium.js';
import { buildWasm } from './scripts/build-wasm';

export default defineConfig({
	// The WebAssembly kernels are compiled before anything imports them (dev, build, vitest).
	plugins: [
		{ name: 'wasm-kernels', buildStart: () => buildWasm().then(() => undefined) },
		// English at /, French at /fr/...: the language is in the URL, so every page prerenders twice
		// and any static host serves both. No urlPatterns: they would add a URLPattern polyfill.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale']
		}),
		sveltekit()
	],
	worker: { format: 'es' },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					testTimeout: 60_000,
					// Hooks build or read the digits file; on a loaded machine that can outlast the 10 s default.
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'component',
					include: ['tests/component/**/*.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: { executablePath: chromiumPath(), args: chromiumArgs }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
