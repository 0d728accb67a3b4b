import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../src/lib/diff.ts';

describe('lineDiff', () => {
	it('marks only the lines that changed', () => {
		const before = 'import tensorflow as tf\nslim = tf.contrib.slim\nnet = slim.conv2d(x, 32, [3, 3])\nprint(net)';
		const after = 'import tensorflow as tf\nnet = tf.keras.layers.Conv2D(32, 3, padding="same")(x)\nprint(net)';
		expect(lineDiff(before, after)).toEqual({ removed: [2, 3], added: [2] });
	});
	it('ignores indentation-only differences and blank lines', () => {
		expect(lineDiff('a\n\n  b', 'a\nb\n')).toEqual({ removed: [], added: [] });
	});
	it('reports everything when nothing is shared', () => {
		expect(lineDiff('a\nb', 'c')).toEqual({ removed: [1, 2], added: [1] });
	});
});
