// Components for MDX guides: they render data/compat.json, so guides never copy a fact.
export { default as ApiMapping } from './ApiMapping.astro';
export { default as CellAnswer } from './CellAnswer.astro';
export { default as CellRecords } from './CellRecords.astro';
export { default as CodeCompare } from './CodeCompare.astro';
export { default as MatrixTable } from './MatrixTable.astro';
export { default as StatusBadge } from './StatusBadge.astro';
export { default as PackageFacts } from './PackageFacts.astro';
export { default as VariantFacts } from './VariantFacts.astro';
export { default as ErrorList } from './ErrorList.astro';
