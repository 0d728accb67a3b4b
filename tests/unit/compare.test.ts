import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/minimal.json' with { type: 'json' };
import type { CompatData } from '../../src/lib/compat-data.generated.ts';
import { compareReleases, releasePairs } from '../../src/lib/compare.ts';
import { comparePath } from '../../src/lib/paths.ts';

const data = fixture as unknown as CompatData;
const [tf14, tf20, tf216] = data.tfReleases as unknown as [CompatData['tfReleases'][0], CompatData['tfReleases'][0], CompatData['tfReleases'][0]];

describe('compareReleases', () => {
	it('lists the package × variant pairs whose status changes, whichever order it is given', () => {
		for (const c of [compareReleases(data, tf14, tf20), compareReleases(data, tf20, tf14)]) {
			expect(c.from.version).toBe('1.4');
			expect(c.changes.map((x) => `${x.variant.id}: ${x.before?.status} → ${x.after?.status}`)).toEqual([
				'nasnet_mobile: works → not-available',
				'nasnet_large: works → unknown',
			]);
			expect(c.unchanged).toBe(0);
		}
	});
	it('names the release facts that differ', () => {
		expect(compareReleases(data, tf20, tf216).facts.map((f) => `${f.label}: ${f.before} → ${f.after}`)).toEqual([
			'Python: 3.7 → 3.11',
			'tf.keras is: Keras bundled in TensorFlow → Keras 3',
		]);
	});
	it('says which mappings become necessary across tf.contrib and Keras 3', () => {
		expect(compareReleases(data, tf14, tf20).needed.map((n) => n.mappings.map((m) => m.symbol))).toEqual([['tf.contrib.slim.conv2d']]);
		expect(compareReleases(data, tf20, tf216).needed.map((n) => n.mappings.map((m) => m.symbol))).toEqual([['tf.contrib.slim.conv2d']]);
		expect(compareReleases(data, tf14, tf14).needed).toEqual([]);
	});
});

describe('releasePairs', () => {
	it('gives every pair once, older first', () => {
		expect(releasePairs(data).map(([a, b]) => comparePath(a.version, b.version))).toEqual(['/compare/1.4...2.0/', '/compare/1.4...2.16/', '/compare/2.0...2.16/']);
	});
});
