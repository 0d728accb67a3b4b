import { describe, expect, it } from 'vitest';
import { relaxedQueries } from '../../src/lib/search-suggestions.ts';

describe('relaxedQueries', () => {
	it('tries the last dotted part, then the words, then a prefix of the longest word', () => {
		expect(relaxedQueries('tf.contrib.slim.conv_2d')).toEqual(['conv_2d', 'tf contrib slim conv 2d', 'con']);
		expect(relaxedQueries('separabel_conv')).toEqual(['separabel conv', 'separ']);
	});
	it('gives nothing for an empty query', () => {
		expect(relaxedQueries('   ')).toEqual([]);
	});
});
