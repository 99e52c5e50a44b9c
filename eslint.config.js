import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'build-*/',
			'.svelte-kit-*/',
			'node_modules/',
			'static/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'no-console': ['error', { allow: ['warn', 'error'] }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The engine knows no screen: no DOM, no Svelte, no d3 (STYLE.md, principle 1).
		files: ['src/lib/engine/**/*.ts'],
		languageOptions: { globals: { ...globals['shared-node-browser'] } },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '*.svelte'],
							message: 'The engine must not import Svelte.'
						},
						{ group: ['d3', 'd3-*'], message: 'The engine must not import d3.' },
						{ group: ['$app/*', '@sveltejs/*'], message: 'The engine must not import SvelteKit.' }
					]
				}
			],
			'no-restricted-globals': [
				'error',
				'document',
				'window',
				'navigator',
				'localStorage',
				'HTMLElement'
			]
		}
	},
	{
		// Benchmarks and scripts print their results.
		files: ['tests/bench/**', 'scripts/**'],
		rules: { 'no-console': 'off' }
	},
	{
		files: ['tests/**'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{ selector: "MemberExpression[property.name='only']", message: 'No .only in tests.' }
			]
		}
	}
);
