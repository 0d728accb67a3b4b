import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CellRecords from '../../src/components/CellRecords.astro';
import ErrorList from '../../src/components/ErrorList.astro';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('text from the data is shown as text', () => {
	it('in a cell note and its conditions', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(CellRecords, {
			props: {
				cells: [{ tf: { from: '2.0' }, package: 'tf_slim', variants: ['nasnet_mobile'], status: 'unknown', evidence: 'none', conditions: [hostile], note: hostile, sources: ['docs-source.md-7c36502-l475'] }],
			},
		});
		expect(html).not.toContain('<script>alert');
		expect(html).not.toContain('<img src=x');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
	});
	it('in an error message', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(ErrorList, {
			props: { errors: [{ id: 'x', message: hostile, cause: hostile, fix: 'A fix text here.', occursIn: { tf: { from: '2.0' } }, alsoSeenAs: [hostile], sources: ['docs-source.md-7c36502-l475'] }] },
		});
		expect(html).not.toMatch(/<script>alert|<img src=x/);
		expect(html.match(/&lt;script&gt;/g)?.length).toBe(3);
	});
});
