import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A lesson that imported a widget statically would load its script (and the engine behind it) with
// the prose, before the reader reaches the figure: Lazy loads widgets when they near the screen.
const lessons = readdirSync('content').filter((file) => /^\d\d-.+\.md$/.test(file));

describe('lessons load their widgets when the reader reaches them', () => {
	it.each(lessons)('%s names each widget as a dynamic import and places it with Lazy', (file) => {
		const text = readFileSync(`content/${file}`, 'utf8');
		expect(text).not.toMatch(/import\s+\w+\s+from\s+'\$lib\/widgets\//);
		expect(text).not.toMatch(/<Lazy\s+component=/);
		const loaders = [...text.matchAll(/const (\w+) = \(\) => import\('\$lib\/widgets\/[^']+'\)/g)];
		expect(loaders.length).toBeGreaterThan(0);
		for (const [, name] of loaders) expect(text).toContain(`load={${name}}`);
	});
});
