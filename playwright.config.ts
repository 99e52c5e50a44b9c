import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/chromium.js';

// End-to-end tests run against the built static site (`npm run build` first), served by vite preview.
// E2E_PORT picks another port when several builds are tested side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// One test at a time in CI, as Playwright's default gives on this 2-core machine: the training
	// lessons start Web Workers of their own, and a second test beside them starved the page of CPU
	// until a scroll through a lesson outlasted its test's timeout (seen twice in CI-mode runs).
	workers: process.env.CI ? 1 : undefined,
	// No retries, in CI or anywhere: a test that passes only on a second try is a bug to fix. Timing
	// budgets (longest main-thread task, frame gaps, time to an accuracy) are measured by `npm run
	// audit`, never asserted here; tests wait for states and drive timers.
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	forbidOnly: true,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
		// Each test's fresh context would install the service worker, which downloads the whole site and
		// the digits into its cache while the test runs. Only tests/e2e/offline.spec.ts, which tests it,
		// lets it run.
		serviceWorkers: 'block',
		trace: 'off'
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
