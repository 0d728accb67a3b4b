import { describe, expect, it } from 'vitest';
import { cellAnchor, cellPath, cellRecordAnchor, symbolPath, withBase } from '../../src/lib/paths.ts';

describe('paths', () => {
	it('keeps the dotted symbol readable in its permalink', () => {
		expect(symbolPath('tf.contrib.slim.conv2d')).toBe('/api/tf.contrib.slim.conv2d/');
	});
	it('names a matrix cell by release, package and variant', () => {
		expect(cellAnchor('2.16', 'tf_slim', 'nasnet_mobile')).toBe('tf-2.16--tf_slim--nasnet_mobile');
		expect(cellPath('1.4', 'tf.contrib.slim', 'pnasnet_large')).toBe('/matrix/#tf-1.4--tf.contrib.slim--pnasnet_large');
	});
	it('names a cell record by what it covers', () => {
		expect(cellRecordAnchor({ package: 'tf_slim', tf: { from: '2.16' }, variants: ['nasnet_mobile', 'nasnet_large'] })).toBe(
			'why--tf_slim--tf-2.16-newest--nasnet_mobile-nasnet_large',
		);
	});
	it('prefixes the base path, with or without its trailing slash', () => {
		expect(withBase('/api/x/', '/docs/')).toBe('/docs/api/x/');
		expect(withBase('/api/x/', '/docs')).toBe('/docs/api/x/');
		expect(withBase('/api/x/', '/')).toBe('/api/x/');
	});
});
