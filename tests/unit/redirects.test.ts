import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/minimal.json' with { type: 'json' };
import type { CompatData } from '../../src/lib/compat-data.generated.ts';
import { keepFragment, redirects } from '../../src/lib/redirects.ts';

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

describe('redirect pages keep the #fragment', () => {
	const page =
		'<!doctype html><title>Redirecting to: /api/x/</title><meta http-equiv="refresh" content="0;url=/api/x/"><meta name="robots" content="noindex"><body>\t<a href="/api/x/">Redirecting</a></body>';
	const kept = keepFragment(page, "default-src 'self'");
	it('follows the link with the fragment by script, and refreshes only without scripts', () => {
		expect(kept).toContain('<noscript><meta http-equiv="refresh" content="0;url=/api/x/"></noscript>');
		expect(kept).toMatch(/<script>location\.replace\(document\.querySelector\('a\[href\]'\)\.getAttribute\('href'\)\+location\.hash\)<\/script><\/body>/);
		expect(kept).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`);
	});
	it('leaves other pages, and pages already done, as they are', () => {
		expect(keepFragment('<!doctype html><body><p>x</p></body>', 'p')).toBe('<!doctype html><body><p>x</p></body>');
		expect(keepFragment(kept, "default-src 'self'")).toBe(kept);
	});
});
