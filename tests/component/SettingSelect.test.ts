import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import SettingSelect from '$lib/figure/SettingSelect.svelte';
import { WidgetSettings } from '$lib/figure/settings.svelte';
import { choice, int } from '$lib/figure/settingSpecs';

const schema = {
	stride: int(() => 'Stride', 1, 3, 2),
	mode: choice(() => 'Pooling', ['max', 'mean'], 'max')
};

describe('SettingSelect', () => {
	test('a whole-number setting lists min to max, shows its value, and picking one sets it', async () => {
		const settings = new WidgetSettings(schema, { stride: 2, mode: 'max' });
		await render(SettingSelect<typeof schema, 'stride'>, { settings, key: 'stride' });
		const select = page.getByRole('combobox', { name: 'Stride' });
		await expect.element(select).toHaveValue('2');
		expect(
			Array.from((select.element() as HTMLSelectElement).options, (o) => o.textContent)
		).toEqual(['1', '2', '3']);
		await select.selectOptions('3');
		expect(settings.values.stride).toBe(3);
		expect(settings.query).toBe('stride=3');
	});

	test('a choice lists its values in the words given; a figure may handle the change itself', async () => {
		const settings = new WidgetSettings(schema, { stride: 2, mode: 'max' });
		const picked: string[] = [];
		await render(SettingSelect<typeof schema, 'mode'>, {
			settings,
			key: 'mode',
			text: (mode) => `${mode} pooling`,
			onchange: (mode) => picked.push(mode)
		});
		const select = page.getByRole('combobox', { name: 'Pooling' });
		await expect.element(select).toHaveValue('max');
		await select.selectOptions('mean pooling');
		expect(picked).toEqual(['mean']);
		expect(settings.values.mode).toBe('max');
	});
});
