import { describe, expect, it } from 'vitest';
import inventory from '../fixtures/nasnet-symbol-inventory.json' with { type: 'json' };
import { data } from '../../src/lib/data.ts';
import { mappingFor } from '../../src/lib/query.ts';

describe('symbol inventory', () => {
	it.each(Object.entries(inventory.files))('every symbol %s calls has a mapping', (_file, symbols) => {
		expect(symbols.length).toBeGreaterThan(0);
		expect(symbols.filter((s) => !mappingFor(data, s))).toEqual([]);
	});
});
