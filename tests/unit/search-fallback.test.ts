import { describe, expect, it } from 'vitest';
import { queryWords, rankByWords } from '../../src/lib/search-fallback.ts';

describe('the word fallback for questions', () => {
	it('searches the words that carry meaning', () => {
		expect(queryWords('What are the relationship between TF.Slim and Keras')).toEqual(['relationship', 'between', 'tf.slim', 'keras']);
		expect(queryWords('input_shape should be (331, 331, 3)')).toEqual(['input_shape', '331']);
	});
	it('ranks pages by the words they match, then by their scores', () => {
		const ranked = rankByWords([
			[{ id: 'a', score: 5 }, { id: 'b', score: 1 }],
			[{ id: 'b', score: 1 }],
			[{ id: 'c', score: 9 }],
		]);
		expect(ranked).toEqual(['b', 'c', 'a']);
	});
});
