import { describe, expect, it } from 'vitest';
import { readFilter, versionShown, writeFilter } from '../../src/lib/matrix-filter.ts';

const versions = ['1.4', '1.15', '2.0', '2.16'];

describe('matrix filter state', () => {
	it('writes only what narrows the view into the address', () => {
		const filter = readFilter(new Map(Object.entries({ from: '1.4', to: '2.16', pkg: 'tf_slim', v: '', status: 'broken' })));
		expect(writeFilter(new URLSearchParams('tf=2.0'), filter, versions).toString()).toBe('tf=2.0&pkg=tf_slim&status=broken');
		expect(writeFilter(new URLSearchParams('pkg=x'), readFilter(new Map()), versions).toString()).toBe('');
	});
	it('keeps releases inside the range, numerically', () => {
		const filter = { from: '1.15', to: '2.0', pkg: '', v: '', status: '' };
		expect(versions.filter((v) => versionShown(v, filter))).toEqual(['1.15', '2.0']);
		expect(versionShown('1.4', { ...filter, from: '', to: '' })).toBe(true);
	});
});
