import type { ApiIndex } from '../api-index.generated.ts';
import type { CompatData } from '../compat-data.generated.ts';
import { type Finding, type LintError } from './lint-error.ts';
import { recordLabel } from './record-label.ts';
import { checkSchema } from './schema-check.ts';
import { ruleApiNames } from './rule-api-names.ts';
import { ruleCellSymbols } from './rule-cell-symbols.ts';
import { ruleAliasNames } from './rule-alias-names.ts';
import { ruleDefaultRows } from './rule-default-rows.ts';
import { ruleKeras3Rules } from './rule-keras3-rules.ts';
import { ruleCellOverlap } from './rule-cell-overlap.ts';
import { ruleErrorTargets } from './rule-error-targets.ts';
import { ruleEvidence } from './rule-evidence.ts';
import { ruleNoIdentityMapping } from './rule-no-identity-mapping.ts';
import { ruleReferences } from './rule-references.ts';
import { ruleReleaseNotes } from './rule-release-notes.ts';
import { ruleReleaseOrder } from './rule-release-order.ts';
import { ruleRouteText } from './rule-route-text.ts';
import { ruleTfRanges } from './rule-tf-ranges.ts';
import { ruleUniqueIds } from './rule-unique-ids.ts';
import { ruleUnusedSources } from './rule-unused-sources.ts';

/** The invariants the schema cannot express; each runs only on data that passed the schema. */
export const rules: readonly ((data: CompatData) => Finding[])[] = [
	ruleUniqueIds,
	ruleReleaseOrder,
	ruleReferences,
	ruleUnusedSources,
	ruleTfRanges,
	ruleCellOverlap,
	ruleEvidence,
	ruleNoIdentityMapping,
	ruleErrorTargets,
	ruleRouteText,
	ruleAliasNames,
	ruleReleaseNotes,
	ruleDefaultRows,
	ruleKeras3Rules,
];

/** Invariants that hold the curated data to the generated API index. */
export const indexRules: readonly ((data: CompatData, index: ApiIndex) => Finding[])[] = [ruleApiNames, ruleCellSymbols];

/**
 * Every problem in `data`, each naming the file, the JSON path and the record it belongs to. With the API index
 * (already checked against its own schema), the names the data claims are checked against it too.
 */
export function lintData(data: unknown, file = 'data/compat.json', index?: ApiIndex): LintError[] {
	const schemaFindings = checkSchema(data);
	const findings = schemaFindings.length
		? schemaFindings
		: [...rules.flatMap((rule) => rule(data as CompatData)), ...(index ? indexRules.flatMap((rule) => rule(data as CompatData, index)) : [])];
	return findings.map((f) => ({ file, record: recordLabel(data, f.path), ...f }));
}
