// The search dialog's own behaviour, loaded when the reader first opens search (SiteSearch.astro), so no page's
// first load carries it: exact names first (a name index, its hits shown above Pagefind's results, a near spelling
// for a typo, then the pages whose titles say what the query says), Enter opens the top result and the arrow keys
// move through the results, and suggestions when a query finds nothing.
import { searchRanking } from '../lib/search-ranking.ts';
import { lookupName, unpackNameIndex, type NameIndex, type PackedNameIndex } from '../lib/search-names.ts';
import { closestPages, type Pagefind } from '../lib/search-fallback.ts';
import { relaxedQueries } from '../lib/search-suggestions.ts';

const root = document.getElementById('starlight__search');
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

// The name index, fetched with this module (when the reader opens search).
const names: Promise<NameIndex | undefined> = fetch(`${base}/search-names.json`).then(
	async (r) => (r.ok ? unpackNameIndex((await r.json()) as PackedNameIndex) : undefined),
	() => undefined,
);
const loadNames = () => names;

let pagefindModule: Promise<Pagefind> | undefined;
const loadPagefind = () =>
	(pagefindModule ??= import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`).then(async (pagefind) => {
		await pagefind.options({ baseUrl: import.meta.env.BASE_URL, ranking: searchRanking });
		return pagefind;
	}));

/** A list of result links, each with an optional note ("near spelling"). */
function linkList(items: { href: string; title: string; note?: string }[]) {
	const list = document.createElement('ul');
	for (const { href, title, note } of items) {
		const link = Object.assign(document.createElement('a'), { href, textContent: title });
		const item = document.createElement('li');
		item.append(link);
		if (note) item.append(' ', Object.assign(document.createElement('span'), { textContent: note }));
		list.append(item);
	}
	return list;
}

/** The section `className` where `place` puts it, created once. */
function section(className: string, label: string, place: (el: HTMLElement) => void) {
	let el = root?.querySelector<HTMLElement>(`.${className}`);
	if (!el) {
		el = Object.assign(document.createElement('section'), { className });
		el.setAttribute('aria-label', label);
		place(el);
	}
	return el;
}

/**
 * Shows the pages the query names exactly (or nearly, for a typo) or by their titles above Pagefind's results; when
 * Pagefind finds fewer than three pages for the whole query (it wants every word), the pages matching most of its
 * words below them.
 */
async function showNames(input: HTMLInputElement) {
	const index = await loadNames();
	const query = input.value;
	if (!index || query !== input.value) return;
	const hits = query.trim() ? lookupName(index, query) : [];
	const listed = new Set(hits.map((h) => `${base}${h.path}`));
	const closest: [string, string][] = [];
	if (query.trim()) {
		const pagefind = await loadPagefind();
		const full = (await pagefind.search(query)).results;
		if (full.length < 3) {
			for (const r of full) listed.add((await r.data()).url);
			for (const [url, title] of await closestPages(pagefind, query)) if (!listed.has(url)) closest.push([url, title]);
		}
		if (query !== input.value) return;
	}
	const names = section('name-hits', 'Names and titles', (el) => input.closest('form')?.querySelector('.pagefind-ui__drawer')?.before(el) ?? input.after(el));
	names.replaceChildren(linkList(hits.map((h) => ({ href: `${base}${h.path}`, title: h.title, ...(h.how === 'near' ? { note: '(near spelling)' } : {}) }))));
	names.hidden = hits.length === 0;
	const more = section('closest-pages', 'Pages matching most words', (el) => (root?.querySelector('.pagefind-ui__results-area') ?? names).append(el));
	more.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Pages matching most of the words:' }), linkList(closest.slice(0, 5).map(([href, title]) => ({ href, title }))));
	more.hidden = closest.length === 0;
}
root?.addEventListener('input', (e) => {
	if (e.target instanceof HTMLInputElement) showNames(e.target);
});
// A query typed before this module arrived (the 404 page's button types one at once) is answered now.
const typed = root?.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
if (typed?.value.trim()) showNames(typed);

const resultLinks = () => [...(root?.querySelectorAll<HTMLAnchorElement>('.name-hits a, .pagefind-ui__result-link, .closest-pages a') ?? [])];
// Enter opens the top result (waiting briefly for results still on their way); the arrow keys move through them.
root?.addEventListener('keydown', async (e) => {
	const input = root.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
	const links = resultLinks();
	const at = links.indexOf(document.activeElement as HTMLAnchorElement);
	if (e.key === 'Enter' && e.target === input) {
		e.preventDefault();
		for (let i = 0; i < 30 && resultLinks().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
		resultLinks()[0]?.click();
	} else if (e.key === 'ArrowDown' && (e.target === input || at >= 0)) {
		e.preventDefault();
		links[Math.min(at + 1, links.length - 1)]?.focus();
	} else if (e.key === 'ArrowUp' && at >= 0) {
		e.preventDefault();
		(at === 0 ? input : links[at - 1])?.focus();
	}
});
const template = document.getElementById('search-suggestions-template') as HTMLTemplateElement | null;
let shownFor = '';

async function suggest(query: string) {
	const pagefind = await loadPagefind();
	const seen = new Map<string, string>();
	for (const q of relaxedQueries(query)) {
		const search = await pagefind.search(q);
		for (const r of search.results.slice(0, 5)) {
			const d = await r.data();
			if (!seen.has(d.url)) seen.set(d.url, d.meta.title);
		}
		if (seen.size >= 5) break;
	}
	return [...seen].slice(0, 5);
}

new MutationObserver(async () => {
	const message = root?.querySelector('.pagefind-ui__message');
	const input = root?.querySelector<HTMLInputElement>('input');
	const empty = message && /^No results/i.test(message.textContent ?? '');
	root?.querySelector('.search-suggestions')?.toggleAttribute('hidden', !empty);
	if (!empty || !input || !template || shownFor === input.value) return;
	shownFor = input.value;
	root?.querySelector('.search-suggestions')?.remove();
	const box = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
	message.after(box);
	const list = box.querySelector('.search-suggestions__near')!;
	for (const [url, title] of await suggest(input.value)) {
		const li = document.createElement('li');
		const a = document.createElement('a');
		a.href = url;
		a.textContent = title;
		li.append(a);
		list.append(li);
	}
}).observe(root ?? document.body, { childList: true, subtree: true, characterData: true });
