import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'what-lenet-looks-at',
	title: 'What LeNet-5 looks at',
	lesson: '12-train-lenet',
	schema: {},
	load: () => import('./LeNetLooks.svelte')
});
