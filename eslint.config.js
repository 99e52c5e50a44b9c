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
		// Rooms (DESIGN.md): charts are marks and plots (d3, no engine, no widget, no lesson frame but the
		// pure number formats); the worker trains with the engine and imports no UI.
		files: ['src/lib/charts/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$lib/widgets/**'], message: 'Charts must not import widgets.' },
						{
							group: ['$lib/engine/**'],
							message: 'Charts draw values; they do not import the engine.'
						},
						{
							group: ['$lib/figure/**', '!$lib/figure/format', '$lib/content/**'],
							message: 'Charts must not import the lesson frame (only $lib/figure/format).'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/workers/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'svelte',
								'svelte/*',
								'*.svelte',
								'$lib/widgets/**',
								'$lib/charts/**',
								'$lib/figure/**',
								'!$lib/figure/format',
								'$lib/content/**',
								'$app/*'
							],
							message: 'The worker imports no UI: the engine, its protocol and number formats only.'
						}
					]
				}
			]
		}
	},
	{
		// A widget is a scene: what two topics share lives in the figure kit or the charts.
		files: ['src/lib/widgets/*/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/widgets/*/**', '../*/**', '!../../**'],
							message:
								'A widget topic must not import another topic: move what they share into src/lib/figure or src/lib/charts.'
						}
					]
				}
			]
		}
	},
	{
		// End-to-end specs compute their expectations from the engine, never from widget files.
		files: ['tests/e2e/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/lib/widgets/**', '$lib/widgets/**'],
							message: 'E2E specs compute expectations from the engine, not from widget files.'
						}
					]
				}
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
