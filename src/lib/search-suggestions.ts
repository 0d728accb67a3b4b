/**
 * Looser forms of a query that found nothing, most specific first: the last dotted part
 * (`tf.contrib.slim.conv_2d` → `conv_2d`), all the words, and a prefix of the last part's longest word.
 */
export function relaxedQueries(query: string): string[] {
	const trimmed = query.trim();
	const last = trimmed.split(/[.\s]/).filter(Boolean).pop() ?? '';
	const words = (text: string) => text.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 1);
	const longest = [...words(last)].sort((a, b) => b.length - a.length)[0] ?? '';
	const forms = [last, words(trimmed).join(' '), longest.slice(0, Math.max(3, Math.ceil(longest.length / 2)))];
	return [...new Set(forms.filter((f) => f && f !== trimmed))];
}
