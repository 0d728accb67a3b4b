// The generated maps, keyed by variant id; only variants with a Keras application have one.
import large from '../../data/nasnet-maps/nasnet_large.json' with { type: 'json' };
import mobile from '../../data/nasnet-maps/nasnet_mobile.json' with { type: 'json' };
import type { NasnetMap } from './nasnet-map.ts';

export const nasnetMaps: Readonly<Record<string, NasnetMap>> = {
	nasnet_mobile: mobile as NasnetMap,
	nasnet_large: large as NasnetMap,
};

/** Where a map's downloads are published: `/nasnet-maps/nasnet_mobile.json` and `.tsv`. */
export const nasnetMapPath = (variant: string, format: 'json' | 'tsv') => `/nasnet-maps/${variant}.${format}`;
