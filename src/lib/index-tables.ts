import type { CompatData } from './compat-data.generated.ts';
import { packagePath, releasePath, symbolPath, variantPath, withBase } from './paths.ts';

export interface IndexTable {
	caption: string;
	/** Column headers; the first names the row header. */
	columns: string[];
	rows: { href: string; label: string; code: boolean; cells: string[] }[];
}

const actions = { renamed: 'renamed', rewritten: 'rewritten', unconverted: 'not converted', unchanged: 'unchanged' };

export function apiIndex(data: CompatData): IndexTable {
	return {
		caption: 'TF1/Slim symbols and their TF2 routes',
		columns: ['TF1 symbol', 'Native TF2 route', 'Compatibility route', 'tf_upgrade_v2'],
		rows: [...data.mappings]
			.sort((a, b) => a.symbol.localeCompare(b.symbol))
			.map((m) => ({
				href: withBase(symbolPath(m.symbol)),
				label: m.symbol,
				code: true,
				cells: [
					m.native.map((r) => r.symbol).join(', ') || (m.upgradeScript.action === 'unchanged' ? 'same symbol' : 'none'),
					m.compat.map((r) => r.symbol).join(', ') || 'none',
					actions[m.upgradeScript.action],
				],
			})),
	};
}

export function variantIndex(data: CompatData): IndexTable {
	return {
		caption: 'NASNet variants in TF-Slim',
		columns: ['Variant', 'Id', 'Image size', 'ImageNet top-1'],
		rows: data.variants.map((v) => ({
			href: withBase(variantPath(v.id)),
			label: v.name,
			code: false,
			cells: [v.id, `${v.imageSize} px`, v.checkpoint ? `${v.checkpoint.top1} %` : 'no checkpoint'],
		})),
	};
}

export function packageIndex(data: CompatData): IndexTable {
	return {
		caption: 'Ways to get Slim layers for NASNet',
		columns: ['Package', 'Import'],
		rows: data.packages.map((p) => ({ href: withBase(packagePath(p.id)), label: p.name, code: true, cells: [p.imports[0]!] })),
	};
}

export function releaseIndex(data: CompatData): IndexTable {
	const keras = { bundled: 'bundled', keras2: 'keras 2.x package', keras3: 'Keras 3' };
	return {
		caption: 'TensorFlow releases',
		columns: ['Release', 'Date', 'Python', 'tf.contrib.slim', 'tf.keras'],
		rows: [...data.tfReleases].reverse().map((r) => ({
			href: withBase(releasePath(r.version)),
			label: `TF ${r.version}`,
			code: false,
			cells: [r.released ?? 'not sourced', r.python.join(', '), r.contribSlim ? 'ships' : 'no', keras[r.keras]],
		})),
	};
}
