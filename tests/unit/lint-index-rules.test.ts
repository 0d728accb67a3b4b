import { describe, expect, it } from 'vitest';
import { apiIndex, data } from '../../src/lib/data.ts';
import { lintData } from '../../src/lib/lint/index.ts';

/** The real data with one field broken, linted against the real API index. */
function lintBroken(edit: (d: typeof data) => void) {
	const broken = structuredClone(data);
	edit(broken);
	return lintData(broken, 'data/compat.json', apiIndex).map((e) => `${e.path}: ${e.message}`);
}

describe('curated data against the API index', () => {
	it('passes as committed', () => {
		expect(lintData(data, 'data/compat.json', apiIndex)).toEqual([]);
	});
	it('rejects a native route that TF 2.x does not have', () => {
		const errors = lintBroken((d) => (d.mappings.find((m) => m.symbol === 'tf.placeholder')!.native = [{ symbol: 'tf.keras.layers.Placeholder' }]));
		expect(errors).toEqual([expect.stringMatching(/\/native\/0\/symbol: `tf\.keras\.layers\.Placeholder` is not a public TensorFlow symbol in any release 1\.4–2\.16/)]);
	});
	it('rejects a native route that is gone from the newest release read', () => {
		const errors = lintBroken((d) => (d.mappings.find((m) => m.symbol === 'tf.placeholder')!.native = [{ symbol: 'tf.estimator.Estimator' }]));
		expect(errors).toEqual([expect.stringMatching(/`tf\.estimator\.Estimator` is gone from TF 2\.16 \(last in 2\.15\)/)]);
	});
	it('rejects a code pair whose TF1 side uses a name TF 1.x never had', () => {
		const errors = lintBroken((d) => (d.codePairs[0]!.tf1 += '\nx = tf.keras.regularizers.L2(0.1)\n'));
		expect(errors).toEqual([expect.stringMatching(/\/codePairs\/0\/tf1: `tf\.keras\.regularizers\.L2` never exists in TF 1\.x/)]);
	});
	it('rejects a cell whose claim about a name the index contradicts', () => {
		const errors = lintBroken((d) => (d.cells.find((c) => c.package === 'tf.keras.applications' && c.tf.from === '1.4' && c.tf.to === '1.5')!.symbols![0]!.state = 'present'));
		expect(errors).toEqual([expect.stringMatching(/\/cells\/\d+\/symbols\/0\/state: the API index has `tf\.keras\.applications\.NASNetMobile` absent on TF 1\.4, 1\.5, not present/)]);
	});
});
