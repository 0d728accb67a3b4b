/**
 * When Pagefind finds nothing for a whole question (it wants every word, and one is absent from the page), the
 * pages that match most of its words, rarest words weighing most (Pagefind's own scores), stand in.
 */

/** The words worth a search of their own: no stop words, no one-letter words, at most eight. */
export function queryWords(query: string): string[] {
	// Inside the function: the search-quality test hands these functions to the page as source text.
	const stopWords = new Set(['a', 'an', 'the', 'and', 'or', 'to', 'in', 'on', 'of', 'for', 'with', 'is', 'are', 'be', 'it', 'my', 'i', 'how', 'what', 'when', 'why', 'does', 'do', 'can', 'not', 'no', 'use', 'using', 'error', 'should', 'be', 'was', 'get', 'got']);
	const words = query.toLowerCase().match(/[a-z0-9_][a-z0-9_.-]*[a-z0-9_]|[a-z0-9]/g) ?? [];
	return [...new Set(words.filter((w) => w.length > 1 && !stopWords.has(w)))].slice(0, 8);
}

/** Pages ranked by how many of the words they match, then by the sum of their scores for those words. */
export function rankByWords(perWord: readonly (readonly { id: string; score: number }[])[]): string[] {
	const pages = new Map<string, { words: number; score: number }>();
	for (const results of perWord)
		for (const { id, score } of results) {
			const page = pages.get(id) ?? { words: 0, score: 0 };
			pages.set(id, { words: page.words + 1, score: page.score + score });
		}
	return [...pages].sort(([, a], [, b]) => b.words - a.words || b.score - a.score).map(([id]) => id);
}

export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<{ url: string; meta: { title: string } }>;
}
export interface Pagefind {
	search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

/** The closest pages for a query Pagefind finds nothing for, as [url, title], best first. */
export async function closestPages(pagefind: Pagefind, query: string, max = 5): Promise<[string, string][]> {
	const byId = new Map<string, PagefindResult>();
	const perWord = [];
	for (const word of queryWords(query)) {
		const results = (await pagefind.search(word)).results.slice(0, 20);
		for (const r of results) byId.set(r.id, r);
		perWord.push(results);
	}
	const top = rankByWords(perWord).slice(0, max);
	return Promise.all(top.map(async (id) => ((d) => [d.url, d.meta.title] as [string, string])(await byId.get(id)!.data())));
}
