import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import remarkMath from 'remark-math';
import rehypeKatexSvelte from 'rehype-katex-svelte';
import { rehypeHeadings, rehypeSections } from './scripts/rehype-headings.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			// Maths is rendered to HTML at build time; no KaTeX runs in the reader's browser.
			remarkPlugins: [remarkMath],
			rehypePlugins: [rehypeKatexSvelte, rehypeHeadings, rehypeSections]
		})
	],
	compilerOptions: {
		// Runes in our components; mdsvex output (lessons) and dependencies keep the default.
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || /\.(md|svx)$/.test(filename)
				? undefined
				: true
	},
	kit: {
		// KIT_OUT_DIR and BUILD_DIR let several builds live side by side (parallel work on one checkout).
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true
		}),
		// /404 is linked from nowhere: listed so that 404.html (and, through its language switch,
		// fr/404.html) is written for the static host to serve at unknown addresses.
		prerender: { entries: ['*', '/404'], handleHttpError: 'fail', handleMissingId: 'fail' },
		// A lesson page links the small stylesheet of every widget any lesson uses (SvelteKit adds the
		// CSS of the lessons' lazily loaded chunks), and the layout's (ours and KaTeX's, 33 KB): as
		// separate files they block the first paint on a slow phone. Below this size (bytes) they are
		// inlined into the page instead (about 8 KB more per page, compressed); fonts stay files.
		inlineStyleThreshold: 40_000
	}
};

export default config;
