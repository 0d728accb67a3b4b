/**
 * Pagefind ranking for this site, shared by the search dialog and the search-quality test. Symbol pages are short
 * and listing pages long, so page length should barely count; an exact word (`batch_norm`) must beat a longer word
 * that merely starts with it (`batch_normalization`).
 */
export const searchRanking = { pageLength: 0.2, termSimilarity: 1.5 };
