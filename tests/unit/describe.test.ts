import { describe, expect, it } from 'vitest';
import { occursInText } from '../../src/lib/describe.ts';
import type { ErrorMessage } from '../../src/lib/compat-data.generated.ts';

const base: ErrorMessage = { id: 'x', message: 'AttributeError: x', cause: 'A cause text.', fix: 'A fix text.', occursIn: { tf: { from: '2.14' } }, package: 'tf_slim', sources: ['s'] };

describe('occursInText', () => {
	it('states an open range without packages', () => {
		expect(occursInText(base)).toBe('Occurs on TF 2.14 and newer.');
	});
	it('states a closed range and the packages it needs', () => {
		expect(occursInText({ ...base, occursIn: { tf: { from: '2.13', to: '2.15' }, with: ['tf_slim 1.1.0', 'keras 2.13 to 2.15'] } })).toBe(
			'Occurs on TF 2.13–2.15, with tf_slim 1.1.0 and keras 2.13 to 2.15.',
		);
	});
	it('states a single release', () => {
		expect(occursInText({ ...base, occursIn: { tf: { from: '1.4', to: '1.4' } } })).toBe('Occurs on TF 1.4.');
	});
});
