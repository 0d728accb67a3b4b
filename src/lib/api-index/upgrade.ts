import type { Upgrade } from '../api-index.generated.ts';
import type { PythonFacts } from './python-facts.ts';

/** tf_upgrade_v2's tables, as read from `tensorflow/tools/compatibility/*.py`. */
export interface UpgradeTables {
	/** Spelling → what the script does to it. */
	bySpelling: Map<string, Upgrade>;
	/** Module prefix → level, from MODULE_DEPRECATIONS. */
	modules: Map<string, 'error' | 'warning' | 'info'>;
}

type Facts = Partial<Record<'renames' | 'allRenames' | 'upgrade' | 'reorders' | 'deprecations', PythonFacts | undefined>>;

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined);

/**
 * Reads the tables the way the script combines them: `symbol_renames` is renames_v2.renames updated with
 * all_renames_v2.manual_symbol_renames; `function_reorders` is reorders_v2.reorders updated with the manual reorders.
 */
export function upgradeTables(f: Facts): UpgradeTables {
	const by = new Map<string, Upgrade>();
	const entry = (key: string) => by.get(key) ?? by.set(key, {}).get(key)!;
	const dict = (facts: PythonFacts | undefined, name: string) => facts?.dicts[name] ?? {};

	for (const [k, v] of Object.entries({ ...dict(f.renames, 'renames'), ...dict(f.allRenames, 'manual_symbol_renames') }))
		if (typeof v === 'string') entry(k).rename = v;
	for (const [k, v] of Object.entries(dict(f.upgrade, 'function_keyword_renames')))
		if (v && typeof v === 'object' && !('$expr' in v)) entry(k).keywords = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([a, b]) => [a, typeof b === 'string' ? b : null]));
	for (const [k, v] of Object.entries({ ...dict(f.reorders, 'reorders'), ...dict(f.upgrade, 'manual_function_reorders') })) {
		const order = strings(v);
		if (order) entry(k).reorder = order;
	}
	for (const k of Object.keys(dict(f.upgrade, 'function_warnings'))) entry(k).warning = true;
	for (const k of Object.keys(dict(f.upgrade, 'function_arg_warnings'))) entry(k).argWarning = true;
	for (const k of Object.keys(dict(f.upgrade, 'function_transformers'))) entry(k).transform = true;

	// MODULE_DEPRECATIONS maps a module to a named message tuple whose first item is the level (ast_edits.ERROR, …).
	const modules = new Map<string, 'error' | 'warning' | 'info'>();
	for (const [k, v] of Object.entries(dict(f.deprecations, 'MODULE_DEPRECATIONS'))) {
		const expr = v && typeof v === 'object' && '$expr' in v ? String((v as { $expr: unknown }).$expr) : '';
		const level = (f.deprecations?.assigns[expr] ?? expr).match(/\b(ERROR|WARNING|INFO)\b/)?.[1];
		if (level) modules.set(k, level.toLowerCase() as 'error' | 'warning' | 'info');
	}
	return { bySpelling: by, modules };
}
