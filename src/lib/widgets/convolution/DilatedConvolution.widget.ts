import type { WidgetEntry } from '../registry';
import { dilatedSchema } from './SlidingWindow.widget';

export const widget: WidgetEntry = {
	name: 'dilated-convolution',
	title: 'Dilated convolution: a kernel with gaps',
	lesson: '04-the-convolution-family',
	schema: dilatedSchema,
	load: () => import('./DilatedConvolution.svelte')
};
