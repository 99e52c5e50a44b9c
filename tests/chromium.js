// Where the browser for tests comes from: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else undefined (Playwright's own downloaded browser, on machines that have one).
import { existsSync } from 'node:fs';

/** @returns {string | undefined} */
export function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

// Without the background-networking flags Chromium floods a closed network with refused connections.
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
