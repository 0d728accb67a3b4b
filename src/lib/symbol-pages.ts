import type { ApiIndex } from './api-index.generated.ts';
import { membersOf, namespacesOf } from './api-symbols.ts';
import type { CompatData, Mapping } from './compat-data.generated.ts';
import { apiIndex, data } from './data.ts';
import { mappingDescription } from './describe.ts';
import { mappingHeadings } from './mapping-sections.ts';
import { errorsFor } from './query.ts';
import { tf2Route } from './symbol-facts.ts';

export interface SymbolPage {
	/** The page's symbol: `/api/<name>/`. */
	name: string;
	/** The curated mapping, when there is one. */
	mapping?: Mapping;
	/** Whether the API index lists the symbol. */
	indexed: boolean;
	description: string;
	headings: { depth: number; slug: string; text: string }[];
}

/** How many members a module's own page lists; larger modules get a members page (`membersPath`) with all of them. */
export const inlineMembers = 60;

/** Modules with more members than their page lists. */
export const modulesWithMembersPage = (index: ApiIndex) =>
	Object.keys(index.symbols).filter((name) => membersOf(index, name).length > inlineMembers).sort();

/** The one-line answer a generated page's preview shows. */
export function generatedDescription(index: ApiIndex, name: string): string {
	const symbol = index.symbols[name]!;
	const route = tf2Route(index, name);
	const answer = {
		same: () => 'The same name works in TF 2.x.',
		rename: () => `TF2: ${(route as { to: string }).to}.`,
		compat: () => `TF2: only as ${(route as { name: string }).name}.`,
		none: () => 'No TF2 name.',
	}[route.kind]();
	return `${name} (${symbol.kind}): ${namespacesOf(symbol).join(', ')}. ${answer}`;
}

/** One page per curated mapping and per symbol of the API index; a symbol with both gets one page holding both. */
export function buildSymbolPages(compat: CompatData, index: ApiIndex): SymbolPage[] {
	const mappings = new Map(compat.mappings.map((m) => [m.symbol, m]));
	const names = [...new Set([...mappings.keys(), ...Object.keys(index.symbols)])].sort();
	return names.map((name) => {
		const mapping = mappings.get(name);
		const indexed = name in index.symbols;
		const members = indexed && membersOf(index, name).length > 0;
		const extra = [
			...(indexed ? [{ depth: 2, slug: 'releases', text: 'Releases' }] : []),
			...(members ? [{ depth: 2, slug: 'members', text: `Members (${membersOf(index, name).length})` }] : []),
		];
		return mapping
			? { name, mapping, indexed, description: mappingDescription(mapping), headings: [...mappingHeadings(mapping, errorsFor(compat, { symbol: name }).length), ...extra] }
			: { name, indexed, description: generatedDescription(index, name), headings: [{ depth: 2, slug: 'tf2', text: 'In TF2' }, ...extra] };
	});
}

let pages: SymbolPage[] | undefined;
/** The site's symbol pages, computed once per build. */
export const symbolPages = () => (pages ??= buildSymbolPages(data, apiIndex));
