import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/minimal.json' with { type: 'json' };
import type { CompatData } from '../../src/lib/compat-data.generated.ts';
import { redirects } from '../../src/lib/redirects.ts';

describe('redirects', () => {
	it('sends every other spelling of a symbol to its canonical page, and keeps moved pages', () => {
		expect(redirects(fixture as unknown as CompatData, { '/old/': '/new/' })).toEqual({
			'/api/tf.contrib.layers.convolution2d/': '/api/tf.contrib.slim.conv2d/',
			'/api/tf_slim.layers.conv2d/': '/api/tf.contrib.slim.conv2d/',
			'/api/slim.conv2d/': '/api/tf.contrib.slim.conv2d/',
			'/old/': '/new/',
		});
	});
	it('puts the base path before each destination only', () => {
		expect(redirects(fixture as unknown as CompatData, {}, '/docs/')['/api/slim.conv2d/']).toBe('/docs/api/tf.contrib.slim.conv2d/');
	});
});
