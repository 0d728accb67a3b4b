import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/minimal.json' with { type: 'json' };
import type { CompatData } from '../../src/lib/compat-data.generated.ts';
import { differingDefaults } from '../../src/lib/defaults-table.ts';
import { data } from '../../src/lib/data.ts';

describe('differingDefaults', () => {
	it('takes only the arguments marked defaultDiffers, with the first native route', () => {
		const copy = structuredClone(fixture) as unknown as CompatData;
		expect(differingDefaults(copy)).toEqual([]);
		copy.mappings[0]!.args![0]!.defaultDiffers = true;
		const rows = differingDefaults(copy);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ symbol: 'tf.contrib.slim.conv2d', route: 'tf.keras.layers.Conv2D', arg: { tf1: 'padding' } });
	});

	it('lists the batch-norm decay and the conv padding in the real data', () => {
		const rows = differingDefaults(data).map((r) => `${r.symbol}:${r.arg.tf1}`);
		expect(rows).toEqual(expect.arrayContaining(['tf.contrib.slim.batch_norm:decay', 'tf.contrib.slim.batch_norm:scale', 'tf.contrib.slim.conv2d:padding', 'tf.contrib.slim.dropout:keep_prob', 'tf.contrib.slim.l2_regularizer:scale']));
	});
});
