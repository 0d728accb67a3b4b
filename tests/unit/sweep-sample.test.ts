import { describe, expect, it } from 'vitest';
import { sweepSample, templateOf } from '../../src/lib/sweep-sample.ts';

const curated = new Set(['/api/tf.placeholder/']);
const generated = Array.from({ length: 100 }, (_, i) => `/api/tf.s${String(i).padStart(3, '0')}/`);
const paths = ['/', '/matrix/', '/guides/a/', '/api/', '/api/tf.placeholder/', '/variants/nasnet_large/', '/api/tf.keras.layers.experimental.preprocessing.RandomFourierFeatures/', ...generated];

describe('the browser sweep’s sample', () => {
	it('classifies paths by the template that made them', () => {
		expect(templateOf('/api/', curated)).toBe('hand-written');
		expect(templateOf('/api/tf.placeholder/', curated)).toBe('api-mapping');
		expect(templateOf('/api/tf.nn/', curated)).toBe('api-generated');
		expect(templateOf('/tf/2.16/', curated)).toBe('release');
	});
	it('keeps every hand-written page and a bounded sample of a large template, longest paths included', () => {
		const sample = sweepSample(paths, curated, { perTemplate: 8 });
		for (const p of ['/', '/matrix/', '/guides/a/', '/api/', '/api/tf.placeholder/', '/variants/nasnet_large/']) expect(sample).toContain(p);
		expect(sample).toContain('/api/tf.keras.layers.experimental.preprocessing.RandomFourierFeatures/');
		expect(sample.filter((p) => templateOf(p, curated) === 'api-generated').length).toBeLessThanOrEqual(12);
	});
	it('is the same for the same input, and everything when asked for the full sweep', () => {
		expect(sweepSample([...paths].reverse(), curated)).toEqual(sweepSample(paths, curated));
		expect(sweepSample(paths, curated, { full: true })).toHaveLength(paths.length);
	});
});
