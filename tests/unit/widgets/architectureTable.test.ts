/**
 * The architecture explorer's table, in Node: the sums add up with the rows shown (issue 16: ResNet-18's
 * layer1.0 showed 73,984 while its visible rows added to 73,728), and every total says where it comes
 * from (issue 13: ZFNet has no official count, GoogLeNet's is torchvision's variant).
 */
import { describe, expect, it } from 'vitest';
import {
	analyseArchitecture,
	ARCHITECTURES,
	GOOGLENET,
	LENET5,
	RESNET18,
	VGG16,
	ZFNET,
	type LayerReport
} from '../../../src/lib/engine/architectures';
import {
	countSource,
	describeExplorer,
	diagramBlocks,
	hasQuietParameters,
	inTable,
	tableRows
} from '../../../src/lib/widgets/architectures/architectureTable';

const count = (n: number) => n.toLocaleString('en-US');

describe('the table adds up with what it shows', () => {
	it.each(ARCHITECTURES.flatMap((a) => [[a.name, false, a] as const, [a.name, true, a] as const]))(
		'%s (all layers shown: %s): every block row and the total are sums of the rows shown',
		(_name, showAll, architecture) => {
			const report = analyseArchitecture(architecture);
			const rows = tableRows(report, showAll);
			const shown = new Set(rows.map((row) => row.layer.path));
			const shownChildren = (layer: LayerReport) =>
				(layer.branches ?? []).flat().filter((child) => shown.has(child.path));
			for (const { layer } of rows.filter((row) => row.block)) {
				const children = shownChildren(layer);
				expect(children.reduce((n, child) => n + child.parameters, 0)).toBe(layer.parameters);
				expect(children.reduce((n, child) => n + child.multiplyAdds, 0)).toBe(layer.multiplyAdds);
			}
			const top = rows.filter((row) => row.depth === 0).map((row) => row.layer);
			expect(top.reduce((n, layer) => n + layer.parameters, 0)).toBe(report.parameters);
			expect(top.reduce((n, layer) => n + layer.multiplyAdds, 0)).toBe(report.multiplyAdds);
		}
	);

	it("ResNet-18's layer1.0: 73,984 parameters, from two convolutions and two batch normalisations", () => {
		const rows = tableRows(analyseArchitecture(RESNET18), false);
		const block = rows.findIndex((row) => row.layer.name === 'layer1.0');
		expect(rows[block].parameters).toBe('73,984');
		const inside = rows.filter((row) => row.layer.path.startsWith('layer1.0/'));
		expect(inside.map((row) => [row.layer.name, row.parameters])).toEqual([
			['conv 3x3 a', '36,864'],
			['bn a', '128'],
			['conv 3x3 b', '36,864'],
			['bn b', '128']
		]);
	});

	it('hides parameter-free layers until asked, and only those (LeNet-5 rows as the e2e test reads them)', () => {
		const report = analyseArchitecture(LENET5);
		expect(tableRows(report, false).map((row) => row.layer.name)).toEqual([
			'conv1',
			'pool1',
			'conv2',
			'pool2',
			'flatten',
			'fc1',
			'fc2',
			'fc3'
		]);
		expect(tableRows(report, true)).toHaveLength(12);
		for (const row of tableRows(analyseArchitecture(GOOGLENET), false)) {
			expect(inTable(row.layer, false)).toBe(true);
			expect(row.layer.kind === 'relu' || row.layer.kind === 'dropout').toBe(false);
		}
	});

	it('the diagram still folds batch normalisation away, and the note says why the table does not', () => {
		const report = analyseArchitecture(RESNET18);
		expect(diagramBlocks(report, false).map((layer) => layer.name)).not.toContain('bn1');
		expect(tableRows(report, false).map((row) => row.layer.name)).toContain('bn1');
		expect(hasQuietParameters(report)).toBe(true);
		expect(hasQuietParameters(analyseArchitecture(VGG16))).toBe(false);
	});
});

describe('where each parameter count comes from', () => {
	it('ZFNet: computed from the paper, which gives no total', () => {
		expect(ZFNET.count.origin).toBe('paper-layout');
		expect(countSource(ZFNET)).toBe(
			"computed here from the layer sizes of the paper's Fig. 3; the paper gives no total and no official model was released"
		);
	});

	it("GoogLeNet: torchvision's variant, beside the paper's about 6.8 million", () => {
		expect(GOOGLENET.count).toMatchObject({ origin: 'library', parameters: 6624904 });
		expect(countSource(GOOGLENET)).toBe(
			'the count of torchvision.models.googlenet (aux_logits=False); the paper gives about 6.8 million in Table 1'
		);
	});

	it('LeNet-5: the network this notebook trains', () => {
		expect(countSource(LENET5)).toBe('the count of the LeNet-5 this notebook trains in lesson 12');
	});

	it('every architecture has a source, and the description carries it', () => {
		for (const architecture of ARCHITECTURES) {
			const report = analyseArchitecture(architecture);
			expect(report.parameters).toBe(architecture.count.parameters);
			const blocks = diagramBlocks(report, false);
			const description = describeExplorer(report, blocks, 0, false);
			expect(description).toContain(
				`${count(report.parameters)} parameters (${countSource(architecture)})`
			);
			expect(description).toContain(`Selected 1 of ${blocks.length}: ${blocks[0].name}`);
		}
	});
});
