// Proposes glossary links: wraps the first use of every glossary term in each lesson in a link to its
// entry, where it is not one yet. `npx tsx scripts/link-glossary.ts` rewrites content/*.md in place;
// read the diff before committing (a use inside another link is reported, not changed).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { glossary } from '../content/glossary';
import { firstUses } from './glossary-scan';

for (const file of readdirSync('content').filter((name) => /^\d\d-.+\.md$/.test(name))) {
	const path = `content/${file}`;
	let source = readFileSync(path, 'utf8');
	const missing = firstUses(source, glossary).filter((use) => use.linkedTo !== use.id);
	for (const use of missing.sort((a, b) => b.index - a.index)) {
		if (use.linkedTo !== null || source[use.index - 1] === '[') {
			console.log(`${file}: "${use.text}" is inside another link; link it by hand`);
			continue;
		}
		source =
			source.slice(0, use.index) +
			`[${use.text}](/glossary#${use.id})` +
			source.slice(use.index + use.text.length);
	}
	writeFileSync(path, source);
	console.log(`${file}: ${missing.length} links added`);
}
