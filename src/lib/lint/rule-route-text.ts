import type { CompatData } from '../compat-data.generated.ts';
import { pointer, type Finding } from './lint-error.ts';

// A route's symbol split off from its call leaves a keyword ("with") or a continuation ("(...)") behind.
const PYTHON_KEYWORDS = new Set(['and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/** A route names a Python symbol and its note is a sentence of its own, not the rest of a split call. */
export function ruleRouteText(data: CompatData): Finding[] {
	const findings: Finding[] = [];
	for (const [i, m] of data.mappings.entries())
		for (const kind of ['compat', 'native'] as const)
			for (const [j, route] of m[kind].entries()) {
				const parts = route.symbol.split('.');
				if (parts.some((p) => !/^[A-Za-z_]\w*$/.test(p)) || PYTHON_KEYWORDS.has(parts[0]!))
					findings.push({ path: pointer('mappings', i, kind, j, 'symbol'), message: `route "${route.symbol}" is not a dotted Python name`, tip: 'name the function, class or module; put how to call it in the note' });
				const note = route.note;
				if (note !== undefined && (!/^[A-Za-z`]/.test(note) || /^Tf[._]/.test(note)))
					findings.push({ path: pointer('mappings', i, kind, j, 'note'), message: `route note "${note.slice(0, 40)}" reads as the rest of a split call`, tip: 'write the note as a sentence that stands on its own' });
			}
	return findings;
}
