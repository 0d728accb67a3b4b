import { describe, expect, it } from 'vitest';
import { nameSegments } from '../../src/lib/name-breaks.ts';

describe('break points in dotted names', () => {
	it('splits after each dot between name parts', () => {
		expect(nameSegments('tf.keras.layers.Conv2D')).toEqual(['tf.', 'keras.', 'layers.', 'Conv2D']);
		expect(nameSegments('tf.compat.v1._private')).toEqual(['tf.', 'compat.', 'v1.', '_private']);
	});
	it('splits after underscores inside a name, not before a leading one', () => {
		expect(nameSegments('tf.random_crop')).toEqual(['tf.', 'random_', 'crop']);
		expect(nameSegments('__init__')).toEqual(['__init__']);
	});
	it('splits between the words of a CamelCase name, keeping acronyms and digits with their word', () => {
		expect(nameSegments('tf.train.ExponentialMovingAverage')).toEqual(['tf.', 'train.', 'Exponential', 'Moving', 'Average']);
		expect(nameSegments('NASNetMobile')).toEqual(['NASNet', 'Mobile']);
		expect(nameSegments('Conv2D')).toEqual(['Conv2D']);
	});
	it('leaves version numbers, sentences and plain words whole', () => {
		expect(nameSegments('TF 2.16')).toEqual(['TF 2.16']);
		expect(nameSegments('none')).toEqual(['none']);
		expect(nameSegments('a, b. c')).toEqual(['a, b. c']);
	});
});
