import { describe, expect, it } from 'vitest';
import exportsFile from '../../data/keras3-exports.json' with { type: 'json' };
import { data } from '../../src/lib/data.ts';
import { keras3Column, keras3Verdict, type Keras3Exports } from '../../src/lib/keras3.ts';

const exports = exportsFile as Keras3Exports;

describe('keras3Verdict', () => {
	it('sends the legacy layers and tf_slim to tf-keras', () => {
		expect(keras3Verdict(data, exports, 'tf.compat.v1.layers.conv2d')?.status).toBe('needs-tf-keras');
		expect(keras3Verdict(data, exports, 'tf.compat.v1.keras.initializers.VarianceScaling')?.status).toBe('needs-tf-keras');
		expect(keras3Verdict(data, exports, 'tf_slim.conv2d')?.status).toBe('needs-tf-keras');
	});
	it('looks tf.keras names up in the Keras 3 exports', () => {
		expect(keras3Verdict(data, exports, 'tf.keras.layers.Conv2D')?.status).toBe('works');
		expect(keras3Verdict(data, exports, 'tf.keras.applications.NASNetMobile')?.status).toBe('works');
		expect(keras3Verdict(data, exports, 'tf.keras.layers.NoSuchLayer')?.status).toBe('gone');
		expect(keras3Verdict(data, exports, 'tf.keras.layers')?.status).toBe('works');
	});
	it('leaves core TensorFlow routes alone', () => {
		expect(keras3Verdict(data, exports, 'tf.train.Checkpoint')?.status).toBe('not-keras');
	});
	it('gives every route of the data a verdict', () => {
		const routes = data.mappings.reduce((n, m) => n + m.native.length + m.compat.length, 0);
		expect(keras3Column(data, exports)).toHaveLength(routes);
	});
});
