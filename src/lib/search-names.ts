import type { CompatData } from './compat-data.generated.ts';
import { packagePath, releasePath, symbolPath, variantPath } from './paths.ts';
import { fixPageOf } from './query.ts';
import { moduleOf, shortName, spellingsOf } from './spellings.ts';

/**
 * Exact names first: a small index from every spelling of every known name (symbols and their import aliases,
 * NASNet builders and arg scopes, Keras class names, packages, releases, sourced error messages) to its page, and the
 * titles of those pages and of the guides. The search dialog loads it when it opens and shows its hits before
 * Pagefind's ranked results; a near miss by edit distance stands in for a typo. Pure: built at build time
 * (src/pages/search-names.json.ts), read in the browser.
 */
export interface NameIndex {
	/** Pages, as [site path, title]. */
	pages: [string, string][];
	/** Lowercased spelling → indexes into `pages`, best first. */
	names: Record<string, number[]>;
	/** Sourced error messages, normalised (see normaliseMessage), with the page that fixes each. */
	errors: [string, number][];
	/** Indexes into `pages` of the pages that answer only to their exact names (NamedPage.exactOnly). */
	exactOnly: number[];
}

/** A name that leads to a page: `extra` lets another data set (the API index) add its symbols. */
export interface NamedPage {
	name: string;
	path: string;
	title: string;
	/**
	 * The page answers only to its names as typed (or mistyped), never to a name found inside a question: thousands of
	 * generated symbol pages would otherwise answer questions that hand-written pages answer better.
	 */
	exactOnly?: boolean;
}

/**
 * Every (name, page) pair the data gives, most direct first: each record's own name (a symbol, a variant's id and
 * builders, a package's id), then a symbol's other spellings (`tf_slim` spells tf.contrib.slim, but names a package
 * first), then the TF2 routes that lead to a symbol.
 */
export function namedPages(data: CompatData): NamedPage[] {
	const own: NamedPage[] = [];
	const aliases: NamedPage[] = [];
	const routes: NamedPage[] = [];
	for (const m of data.mappings) {
		const page = { path: symbolPath(m.symbol), title: m.symbol };
		const [canonical, ...others] = spellingsOf(data, m);
		own.push({ name: canonical!, ...page });
		for (const name of others) aliases.push({ name, ...page });
		// A TF2 name (`tf.keras.layers.BatchNormalization`) leads to the TF1 symbols it replaces.
		for (const r of m.native) routes.push({ name: r.symbol, ...page });
	}
	for (const v of data.variants) {
		const page = { path: variantPath(v.id), title: v.name };
		for (const name of [v.id, v.name, v.builder, v.argScope, ...(v.kerasApplication ? [v.kerasApplication] : [])]) own.push({ name, ...page });
	}
	for (const p of data.packages) {
		const page = { path: packagePath(p.id), title: p.name };
		for (const name of [p.id, p.name, p.name.replace(/ \(.*\)$/, '')]) own.push({ name, ...page });
		const pip = /\(pip: ([^)]+)\)/.exec(p.name)?.[1];
		if (pip) own.push({ name: pip, ...page });
		for (const line of p.imports) for (const name of importedNames(line)) aliases.push({ name, ...page });
	}
	for (const r of data.tfReleases) {
		const page = { path: releasePath(r.version), title: `TF ${r.version}` };
		for (const name of [`tf ${r.version}`, `tensorflow ${r.version}`]) own.push({ name, ...page });
	}
	return [...own, ...aliases, ...routes];
}

/**
 * The module names an import line loads, `tensorflow.` written `tf.` as the index keeps it: the name imported, the
 * module it comes from and that module's top-level package, TensorFlow's own modules left out (they belong to the
 * symbols): `from nets.nasnet import nasnet` → `nets.nasnet.nasnet`, `nets.nasnet`, `nets`.
 */
export function importedNames(line: string): string[] {
	const from = /^from ([\w.]+) import (\w+)/.exec(line);
	const plain = /^import ([\w.]+)/.exec(line);
	const tf = (name: string) => name.replace(/^tensorflow(?=\.|$)/, 'tf');
	const dotted = from ? tf(`${from[1]}.${from[2]}`) : plain ? tf(plain[1]!) : undefined;
	if (!dotted) return [];
	const names = [dotted, ...(from ? [tf(from[1]!)] : []), dotted.split('.')[0]!];
	return [...new Set(names)].filter((name, i) => i === 0 || (name !== 'tf' && !name.startsWith('tf.')));
}

/**
 * Builds the index from the data, plus any `extra` names (listed after the data's own, so they rank after them) and
 * `titled` pages that answer by their titles alone (the guides: they have no name in the data).
 */
export function buildNameIndex(data: CompatData, extra: readonly NamedPage[] = [], titled: readonly { path: string; title: string }[] = []): NameIndex {
	const pages: [string, string][] = [];
	const pageIndex = new Map<string, number>();
	const indexOf = (path: string, title: string) => {
		if (!pageIndex.has(path)) pageIndex.set(path, pages.push([path, title]) - 1);
		return pageIndex.get(path)!;
	};
	const names: Record<string, number[]> = {};
	const exactOnly = new Set<number>();
	for (const { name, path, title, exactOnly: exact } of [...namedPages(data), ...extra]) {
		const key = name.toLowerCase();
		const list = (names[key] ??= []);
		const i = indexOf(path, title);
		if (!list.includes(i)) list.push(i);
		if (exact) exactOnly.add(i);
	}
	for (const { path, title } of titled) indexOf(path, title);
	const errors = data.errors.map((e): [string, number] => {
		const fix = fixPageOf(data, e);
		return [normaliseMessage(e.message), indexOf(fix.path, fix.label)];
	});
	return { pages, names, errors, exactOnly: [...exactOnly] };
}

/**
 * The index as served: an exact-only symbol page whose path is `/api/<title>/` is written as its title alone, and a
 * name that is just that page's own title is left for unpackNameIndex to restore. With thousands of generated symbol
 * pages this keeps the file the dialog fetches to about half.
 */
export interface PackedNameIndex {
	pages: (string | [string, string])[];
	names: Record<string, number[]>;
	errors: [string, number][];
}

export function packNameIndex(index: NameIndex): PackedNameIndex {
	const exact = new Set(index.exactOnly);
	const pages = index.pages.map(([path, title], i): string | [string, string] => (exact.has(i) && path === symbolPath(title) ? title : [path, title]));
	const names: Record<string, number[]> = {};
	for (const [key, list] of Object.entries(index.names)) {
		const only = list.length === 1 ? pages[list[0]!] : undefined;
		if (typeof only === 'string' && only.toLowerCase() === key) continue;
		names[key] = list;
	}
	return { pages, names, errors: index.errors };
}

export function unpackNameIndex(packed: PackedNameIndex): NameIndex {
	const names = { ...packed.names };
	packed.pages.forEach((page, i) => {
		if (typeof page === 'string') names[page.toLowerCase()] ??= [i];
	});
	return {
		pages: packed.pages.map((page) => (typeof page === 'string' ? [symbolPath(page), page] : page)),
		names,
		errors: packed.errors,
		exactOnly: packed.pages.flatMap((page, i) => (typeof page === 'string' ? [i] : [])),
	};
}

/** Lowercase, quotes and backticks dropped, runs of spaces made one: how messages and pasted errors are compared. */
export function normaliseMessage(text: string): string {
	return text
		.toLowerCase()
		.replace(/[`'"‘’“”]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The name keys a query may stand for, most literal first: the query as typed (without quotes, a call's
 * parentheses or an `import`), its `tensorflow.` and `tf.compat.v1.` forms as `tf.`, the dotted name inside a
 * pasted `module 'x' has no attribute 'y'`, `No module named 'x'` or `name 'x' is not defined`.
 */
export function nameKeys(query: string): string[] {
	const keys: string[] = [];
	const add = (k: string | undefined) => {
		const key = k
			?.trim()
			.replace(/^[`'"]+|[`'"]+$/g, '')
			.replace(/\(.*\)?$/, '')
			.replace(/[.:;,]+$/, '')
			.toLowerCase();
		if (!key) return;
		for (const form of [
			key,
			key.replace(/^tensorflow(_core)?\./, 'tf.'),
			key.replace(/^(tf|tensorflow(_core)?)\.compat\.v[12]\./, 'tf.'),
			key.replace(/^(tf|tensorflow(_core)?)\.compat\.v[12]$/, 'tf'),
		])
			if (!keys.includes(form)) keys.push(form);
	};
	const q = query.trim();
	const attribute = /module '([\w.]+)' has no attribute '(\w+)'/i.exec(q);
	if (attribute) add(`${attribute[1]}.${attribute[2]}`);
	const noModule = /no module named '?([\w.]+)'?/i.exec(q);
	if (noModule) add(noModule[1]);
	const notDefined = /name '(\w+)' is not defined/i.exec(q);
	if (notDefined) add(notDefined[1]);
	const fromImport = /^from ([\w.]+) import (\w+)/.exec(q);
	if (fromImport) add(`${fromImport[1]}.${fromImport[2]}`);
	const importAs = /^import ([\w.]+)/.exec(q);
	if (importAs) add(importAs[1]);
	if (!attribute && !noModule && !notDefined && !fromImport && !importAs) add(q);
	return keys;
}

/** Optimal string alignment distance: edits, with a swap of two neighbours counted as one (`bacth` → `batch`). */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > limit) return limit + 1;
		[prev2, prev] = [prev, row];
	}
	return prev[b.length]!;
}

export interface NameHit {
	path: string;
	title: string;
	/** How the query reached it: its exact name, its name without the module, a pasted error, a near spelling, or its title. */
	how: 'name' | 'bare name' | 'error' | 'near' | 'title';
}

const stopWords = new Set(['the', 'and', 'for', 'not', 'with', 'when', 'from', 'this', 'that', 'error', 'tensorflow']);
/** Distinctive words of a message: three letters or more, not a stop word. */
const messageWords = (text: string) => [...new Set(text.split(/[^a-z0-9_.]+/).filter((w) => w.length >= 3 && !stopWords.has(w)))];

/** Words of a query that look like code: a dotted name, a snake_case or a CamelCase word (`tf.Session`, `NASNetLarge`, not `NASNet`). */
export function codeTokens(query: string): string[] {
	const tokens = query.match(/[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*/g) ?? [];
	return [...new Set(tokens.filter((t) => /[._]|[a-z][A-Z]/.test(t)).map((t) => t.toLowerCase()))];
}

/** Words too common to tell one title from another. */
const titleStopWords = new Set(['a', 'an', 'the', 'and', 'or', 'to', 'in', 'on', 'of', 'for', 'with', 'by', 'at', 'from', 'is', 'are', 'be', 'it', 'my', 'how', 'what', 'when', 'why', 'which', 'does', 'do', 'can', 'not', 'no', 'has', 'have', 'use', 'using', 'should', 'this', 'that']);

/**
 * The words of a title or a query, compared as a reader means them: lowercased, split at any punctuation
 * (`tf_slim`, `TF-Slim` and `tf.slim` all hold `slim`), a plural as its singular, TensorFlow's own name left out
 * (every page is about it) unless it names a release, which becomes one word (`tf2.0`, `Tensorflow==2.4.1`,
 * `TensorFlow 1.4`, `TF 2.x` → `tf@2.0`, `tf@2.4.1`, `tf@1.4`, `tf@2.x`).
 */
export function titleWords(text: string): string[] {
	const releases: string[] = [];
	const rest = text.toLowerCase().replace(/\b(?:tf|tensorflow)\s*(?:==|-)?\s*v?(\d+(?:\.(?:\d+|x))*)(?!\w|\.\d)/g, (_, version: string) => {
		releases.push(`tf@${version}`);
		return ' ';
	});
	const words = (rest.match(/\d+(?:\.\d+)+|[a-z0-9]+/g) ?? [])
		.filter((w) => (w.length > 1 || /\d/.test(w)) && w !== 'tf' && w !== 'tensorflow' && !titleStopWords.has(w))
		.map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
	return [...new Set([...releases, ...words])];
}

/** Two title words mean the same; two releases do when neither contradicts the other (`tf@2.0` and `tf@2.x`, `tf@2.4.1` and `tf@2.4`). */
export function sameTitleWord(a: string, b: string): boolean {
	if (a === b) return true;
	if (!a.startsWith('tf@') || !b.startsWith('tf@')) return false;
	const [x, y] = [a.slice(3).split('.'), b.slice(3).split('.')];
	return x.every((part, i) => i >= y.length || part === y[i] || part === 'x' || y[i] === 'x');
}

/** A name that looks like code (dots, underscores, inner capitals): a typo in it deserves the nearest known name. */
const looksLikeName = (q: string) => /^[\w.]+$/.test(q) && /[._]|[a-z][A-Z]/.test(q);

/**
 * The pages a query names, best first, by general rules in this order: (0) the whole query is a name; (1) it quotes a
 * sourced error message; (2) the
 * query is a spelling of a name, or shares most words with a sourced error; (3) it contains code-like names or a
 * class name capitalised mid-sentence, or is a name without its leading modules; (4) it
 * contains a name of several words, or words that spell a dotted name; (5) nothing matched and it looks like a name:
 * the nearest spellings by edit distance; (6) else the module of an unknown dotted name; (7) then the pages whose titles
 * hold all of its words but one.
 */
export function lookupName(index: NameIndex, query: string, max = 5): NameHit[] {
	const hits: NameHit[] = [];
	const add = (i: number, how: NameHit['how']) => {
		const [path, title] = index.pages[i]!;
		if (!hits.some((h) => h.path === path)) hits.push({ path, title, how });
	};
	const keys = nameKeys(query);
	const exact = new Set(index.exactOnly);
	const entries = Object.entries(index.names).filter(([name]) => !name.includes(' '));
	// Rules 3 and 4 find names inside a question: exact-only pages stay out of them.
	const inside = entries.map(([name, pages]): [string, number[]] => [name, pages.filter((i) => !exact.has(i))]).filter(([, pages]) => pages.length);
	const insideNames = Object.fromEntries(inside);
	// 0. The query, as typed, is a name (`tensorflow 2.0`): its page before any message that happens to contain it.
	for (const i of index.names[query.trim().toLowerCase()] ?? []) add(i, 'name');
	const bySuffix = (key: string) => {
		for (const [name, pages] of inside) if (name.endsWith(`.${key}`)) for (const i of pages) add(i, 'bare name');
	};
	// 1. A pasted error message quoting a sourced one: the page that fixes it (before the name inside it, whose page
	// says what the name is rather than how to get past the error).
	const message = normaliseMessage(query);
	if (message.length >= 12 && message.includes(' '))
		for (const [text, i] of index.errors) if (text.includes(message) || message.includes(text)) add(i, 'error');
	// 2. The query is a name, in any of its spellings; then errors sharing most of the pasted message's words.
	for (const key of keys) for (const i of index.names[key] ?? []) add(i, 'name');
	const words = messageWords(message);
	if (words.length >= 3)
		index.errors
			.map(([text, i]) => {
				const own = new Set(messageWords(text));
				return { i, shared: words.filter((w) => own.has(w)).length };
			})
			.filter((e) => e.shared >= 3 && e.shared / words.length >= 0.6)
			.sort((a, b) => b.shared - a.shared)
			.forEach((e) => add(e.i, 'error'));
	// 3. Names inside the query (`sess = tf.Session()`, `Cannot load NASNetLarge`), or the query as a name without
	// its leading modules (`slim.learning.train`, `build_pnasnet_large`): each code-like word whole, then as the end
	// of a longer name, then by its last part alone.
	const lower = query.toLowerCase();
	const unknownMembers: string[] = [];
	for (const token of [...new Set([...keys.filter((k) => !k.includes(' ')), ...codeTokens(query)])]) {
		// A module followed by a member's word (`tf.contrib.slim evaluation`): names under that member come first.
		const next = new RegExp(`${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+([a-z_]\\w*)`).exec(lower)?.[1];
		if (next)
			for (const key of nameKeys(token))
				for (const [name, pages] of inside) if (name.startsWith(`${key}.${next}`)) for (const i of pages) add(i, 'name');
		const before = hits.length;
		for (const key of nameKeys(token)) for (const i of insideNames[key] ?? []) add(i, 'name');
		if (hits.length === before) nameKeys(token).forEach(bySuffix);
		if (hits.length === before && token.includes('.')) bySuffix(shortName(token));
		if (hits.length === before && token.includes('.')) unknownMembers.push(token);
	}
	// Then a capitalised word after the first (where a sentence would not capitalise it) that is exactly the class
	// name ending a hand-mapped symbol's title (`Replaced Saver with Checkpoint` → tf.train.Saver).
	const capitalised = new Set((query.match(/[A-Za-z]\w*/g) ?? []).slice(1).filter((w) => /^[A-Z][a-z]+$/.test(w)));
	index.pages.forEach(([, title], i) => {
		if (!exact.has(i) && title.includes('.') && capitalised.has(shortName(title))) add(i, 'name');
	});
	// 4. A name of several words inside the query (`NASNet-A Mobile ImageNet accuracy`), then neighbouring words that
	// spell a dotted name (`contrib slim` → `tf.contrib.slim`, `slim conv2d` → `slim.conv2d`).
	// (Release names, `tf 2.16`, stay out: a version inside a question is a detail, not what it asks for.)
	for (const [name, pages] of Object.entries(index.names).filter(([, p]) => !p.every((i) => exact.has(i))))
		if (name.includes(' ') && !/\s[\d.]+$/.test(name) && lower.includes(name)) for (const i of pages) add(i, 'name');
	const plain = lower.split(/[^a-z0-9_]+/).filter(Boolean);
	for (let n = 2; n <= 3; n++)
		for (let w = 0; w + n <= plain.length; w++) {
			const dotted = plain.slice(w, w + n).join('.');
			for (const [name, pages] of inside) if (name === dotted || name.endsWith(`.${dotted}`)) for (const i of pages) add(i, 'bare name');
		}
	// 5. A typo: the nearest spellings.
	const typed = query.trim();
	if (hits.length === 0 && looksLikeName(typed)) {
		const key = typed.toLowerCase();
		const limit = key.length <= 5 ? 1 : key.length <= 12 ? 2 : 3;
		const near: [number, number][] = [];
		for (const [name, pages] of entries) {
			// The whole name, or its last part when the query has no module (`bacth_norm`).
			const d = Math.min(editDistance(key, name, limit), key.includes('.') ? Infinity : editDistance(key, shortName(name), limit));
			if (d <= limit) for (const i of pages) near.push([d, i]);
		}
		near.sort((a, b) => a[0] - b[0]);
		for (const [, i] of near) add(i, 'near');
	}
	// 6. An unknown member of a known module that is no typo either (`slim.tfexample_decoder`): the module's page.
	if (hits.length === 0) for (const token of unknownMembers) for (const key of nameKeys(moduleOf(token))) for (const i of index.names[key] ?? []) add(i, 'name');
	// 7. Pages whose titles say what the query says: all of its words but one, and at least two (`checkpoint conversion
	// to tf2.0` → "Load Slim NASNet checkpoints in TF 2"); most words first, then the title the query covers most.
	// Exact-only pages have names, not titles.
	const asked = titleWords(query);
	const has = (words: readonly string[], word: string) => words.some((w) => sameTitleWord(word, w));
	index.pages
		.flatMap(([, title], i) => {
			if (exact.has(i)) return [];
			const words = titleWords(title);
			const shared = asked.filter((w) => has(words, w));
			// A symbol's title must match by the symbol's own name: `contrib slim` names the module, not its members.
			const own = /^[\w.]+$/.test(title) ? titleWords(shortName(title)) : words;
			if (shared.length < 2 || shared.length < asked.length - 1 || !shared.some((w) => has(own, w))) return [];
			return [{ i, shared: shared.length, covered: words.filter((w) => has(asked, w)).length / words.length }];
		})
		.sort((a, b) => b.shared - a.shared || b.covered - a.covered)
		.forEach((t) => add(t.i, 'title'));
	return hits.slice(0, max);
}

/** The dialog's order: the name hits first, then Pagefind's results that are not already listed. */
export function mergeResults(names: readonly NameHit[], ranked: readonly string[]): string[] {
	const paths = names.map((h) => h.path);
	return [...paths, ...ranked.filter((p) => !paths.includes(p))];
}
