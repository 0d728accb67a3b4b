import { compareVersions } from '../versions.ts';
import { linkFor, presence, type ApiSymbol, type MappingInfo, type Namespace, type ScanData } from './knowledge.ts';
import { parsePython, type ImportStatement, type Reference } from './python.ts';

/** Replace `from`–`to` (0-based offsets into the scanned source) with `text`. */
export interface Edit {
	from: number;
	to: number;
	text: string;
}

export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
	/** 1-based line and columns of what is flagged; `endColumn` is exclusive. */
	line: number;
	column: number;
	endColumn: number;
	/** As the code writes it: `slim.conv2d`, or the import statement's first line. */
	written: string;
	/** What it resolves to, spelled from `tf`: `tf.contrib.slim`, `tf.compat.v1.placeholder`. */
	resolved: string;
	kind: 'import' | 'call' | 'value';
	/** `error`: fails on the release; `warning`: runs but means something else; `note`: a name the index does not list. */
	severity: Severity;
	/** Short verdict for tables: `not in TF 2.16`, `keyword renamed`, … */
	verdict: string;
	/** One sentence a reviewer can act on. */
	message: string;
	/** Site path of the page with the answer. */
	path: string;
	mapping?: MappingInfo;
	/** Edits that fix this finding; absent when no one-line fix is safe. */
	edits?: Edit[];
}

export interface ScanOptions {
	/** `major.minor` to judge against; default: the newest release in the index. */
	release?: string;
}

type Call = NonNullable<Reference['call']>;

interface Judgement {
	severity: Severity;
	verdict: string;
	message: string;
	/** The spelling judged (a prefix of the name when only the prefix is listed). */
	key: string;
	/** True when the name itself is missing (a rename can fix it); false when only the arguments are wrong. */
	missing: boolean;
	keywordEdits?: Edit[];
}

/** Where a Python module path lands in the index: `tensorflow.compat.v1.layers` → `tf.layers` in namespace `v1`. */
function toKey(path: string, tf2: boolean): { key: string; ns: Namespace } | undefined {
	if (path !== 'tensorflow' && !path.startsWith('tensorflow.')) return undefined;
	const rest = path.slice('tensorflow'.length);
	if (rest.startsWith('.python') || rest.startsWith('.core') || rest.startsWith('.lite.python')) return undefined; // private modules: not in the public API index
	if (rest === '.compat.v1' || rest.startsWith('.compat.v1.')) return { key: `tf${rest.slice('.compat.v1'.length)}`, ns: 'v1' };
	if (rest === '.compat.v2' || rest.startsWith('.compat.v2.')) return { key: `tf${rest.slice('.compat.v2'.length)}`, ns: 'v2' };
	return { key: `tf${rest}`, ns: tf2 ? 'v2' : 'tf1' };
}

const spell = (key: string, ns: Namespace) => (ns === 'v1' ? `tf.compat.v1${key.slice(2)}` : key);

/** The file's view of the world: which local names are bound to which module paths, and whether that binding failed. */
interface Binding {
	target: string;
	flagged: boolean;
}

export function scan(source: string, data: ScanData, options: ScanOptions = {}): Finding[] {
	const newest = data.releases.at(-1)!;
	const release = options.release ?? newest;
	const tf2 = compareVersions(release, '2.0') >= 0;
	const parsed = parsePython(source);
	const position = (offset: number) => {
		let lo = 0;
		let hi = parsed.lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (parsed.lineStarts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - parsed.lineStarts[lo]! + 1 };
	};
	const bindings = new Map<string, Binding>();
	const findings: Finding[] = [];

	const rootPresent = (ns: Namespace) => ns !== 'v1' || compareVersions(release, data.v1Since) >= 0;

	/** The site's note on a TF1 argument, when its argument table has one: `rate = 1 - keep_prob.` */
	const argumentNote = (key: string, name: string) => {
		const row = data.mappings[key]?.args?.find((a) => a.tf1.includes(name));
		return row?.note ? ` (${name} → ${row.tf2}: ${row.note.replace(/\.$/, '')})` : '';
	};

	function argumentProblems(symbol: ApiSymbol, ns: Namespace, call: Call, key: string): Judgement | undefined {
		const rawSig = ns === 'v2' ? symbol.sig?.v2 : symbol.sig?.v1;
		if (!rawSig) return undefined;
		const sig = rawSig[0] === 'self' ? rawSig.slice(1) : rawSig;
		const renames = ns === 'v2' ? (symbol.upgrade?.keywords ?? {}) : {};
		const fatal: string[] = [];
		const meaning: string[] = [];
		const keywordEdits: Edit[] = [];
		// Variadic parameters keep their own names in the listings (`*inputs`, `**kwargs`).
		const varKeyword = sig.some((n) => n.startsWith('**'));
		const varPositional = sig.some((n) => n.startsWith('*') && !n.startsWith('**'));
		const since = ns === 'v2' ? (symbol.sig?.v2Since ?? {}) : {};
		for (const kw of call.keywords) {
			const from = since[kw.name];
			if (from && compareVersions(release, from) < 0) fatal.push(`has no argument \`${kw.name}\` before TF ${from}`);
		}
		if (!varKeyword)
			for (const kw of call.keywords) {
				if (sig.includes(kw.name)) continue;
				const to = renames[kw.name];
				if (to && sig.includes(to) && !call.keywords.some((k) => k.name === to)) keywordEdits.push({ from: kw.from, to: kw.to, text: to });
				else fatal.push(`has no argument \`${kw.name}\`${ns === 'v2' ? argumentNote(key, kw.name) : ''}`);
			}
		const named = sig.filter((n) => !n.startsWith('*'));
		if (!varPositional && call.positional > named.length) fatal.push(`takes at most ${named.length} positional arguments, not ${call.positional}`);
		// TF1's positional order: tf_upgrade_v2's reorder table, else the TF1 signature. A position changes meaning when
		// TF2 binds it to a parameter TF1 had elsewhere (`tf.nn.dropout(x, 0.5)`: keep_prob then, rate now); a plain
		// rename (`tensor` → `data`) does not.
		const tf1Order = ns === 'v2' ? (symbol.upgrade?.reorder ?? (symbol.tf1?.length ? symbol.sig?.v1 : undefined)) : undefined;
		if (tf1Order)
			for (let i = 0; i < Math.min(call.positional, tf1Order.length, named.length); i++) {
				const tf1 = tf1Order[i]!;
				const now = named[i]!;
				if (now !== (renames[tf1] ?? tf1) && tf1Order.includes(now)) {
					meaning.push(`positional argument ${i + 1} is \`${tf1}\` in TF1 but \`${now}\` in TF2${argumentNote(key, tf1)}`);
					break;
				}
			}
		const name = spell(key, ns);
		if (fatal.length || meaning.length) {
			const renamed = keywordEdits.map((e) => `\`${source.slice(e.from, e.to)}\` is \`${e.text}\``);
			return {
				severity: fatal.length ? 'error' : 'warning',
				verdict: fatal.length ? `fails in TF ${release}` : 'changes meaning',
				message: `In TF ${release}, \`${name}\` ${[...fatal, ...meaning, ...renamed].join('; ')}.`,
				key,
				missing: false,
			};
		}
		if (keywordEdits.length)
			return {
				severity: 'error',
				verdict: 'keyword renamed',
				message: `\`${name}\` in TF ${release}: ${keywordEdits.map((e) => `\`${source.slice(e.from, e.to)}\` is now \`${e.text}\``).join(', ')}.`,
				key,
				missing: false,
				keywordEdits,
			};
		return undefined;
	}

	/** Judges a `tf.*` name (and its call), walking up to the longest prefix the index lists. */
	function judge(key: string, ns: Namespace, call?: Call): Judgement | undefined {
		const parts = key.split('.');
		if (parts[1] === 'contrib' && ns !== 'tf1' && !(ns === 'v2' && !tf2)) {
			const known = parts.map((_, n) => parts.slice(0, parts.length - n).join('.')).find((k) => data.mappings[k]);
			return { severity: 'error', verdict: 'removed in TF 2.0', message: `\`${key}\`: TensorFlow 2.x has no \`tf.contrib\`.`, key: known ?? key, missing: true };
		}
		for (let n = parts.length; n >= 1; n--) {
			const k = parts.slice(0, n).join('.');
			const symbol = data.symbols[k];
			if (!symbol && n > 1) continue;
			if (!symbol) {
				if (!rootPresent(ns)) return { severity: 'error', verdict: `not in TF ${release}`, message: `\`tf.compat.v1\` first appears in TF ${data.v1Since}.`, key: 'tf', missing: true };
				if (parts.length === 1 || parts[1] === 'contrib') return undefined;
				return { severity: 'note', verdict: 'not in the API index', message: `\`${spell(key, ns)}\` is not a public TensorFlow name in any indexed release.`, key, missing: true };
			}
			let p = presence(symbol, ns, release, newest);
			// Asked about a TF 1.x release, a name that only TF2 has "needs a newer release", not "missing".
			if (ns === 'tf1' && (p.state === 'absent' || p.state === 'removed') && symbol.v2?.length) {
				const since = symbol.v2.map((r) => r.from).filter((r) => compareVersions(r, release) > 0).sort(compareVersions)[0];
				if (since) p = { state: 'needs-newer', since: compareVersions(since, '2.0') < 0 ? '2.0' : since };
			}
			const name = spell(k, ns);
			if (p.state === 'present') {
				if (n === parts.length) return call ? argumentProblems(symbol, ns, call, k) : undefined;
				if (symbol.kind !== 'module') return undefined; // an attribute of a class, object, constant or opaque module: not judged
				return { severity: 'note', verdict: `not in TF ${release}`, message: `\`${name}\` has no member \`${parts[n]}\` in TF ${release} (nor, as far as the index shows, in any release).`, key, missing: true };
			}
			const tf1Only = ns === 'v2' && !symbol.v2?.length && symbol.tf1?.length;
			const message =
				p.state === 'not-usable'
					? `\`${name}\` is listed in TF ${release} but raises by default${p.needs ? `: it needs \`${p.needs}\`` : ''}.`
					: p.state === 'needs-newer'
						? `\`${name}\` first appears in TF ${p.since}; it is not in TF ${release}.`
						: p.state === 'removed'
							? `\`${name}\` is not in TF ${release}${tf1Only ? ` (TF1 only, last in ${symbol.tf1!.map((r) => r.to).sort(compareVersions).at(-1)})` : ` (last in ${p.until})`}.`
							: `\`${name}\` is not in TF ${release}${tf1Only ? ` (TF1 only, last in ${symbol.tf1!.map((r) => r.to).sort(compareVersions).at(-1)})` : ''}.`;
			const verdict = p.state === 'not-usable' ? 'not usable by default' : p.state === 'needs-newer' ? `needs TF ${p.since}` : tf1Only ? 'TF1-only' : `not in TF ${release}`;
			return { severity: 'error', verdict, message, key: k, missing: true };
		}
		return undefined;
	}

	/**
	 * A spelling that fixes a failing name, judged clean with the same call: tf_upgrade_v2's rename of the failing part
	 * (`tf.GraphKeys` in `tf.GraphKeys.UPDATE_OPS`), then the same name under `tf.compat.v1`.
	 */
	function replacementFor(key: string, failing: string, ns: Namespace, call?: Call): { key: string; ns: Namespace } | undefined {
		const rest = key.slice(failing.length);
		const candidates: { key: string; ns: Namespace }[] = [];
		const rename = ns !== 'v1' ? data.symbols[failing]?.upgrade?.rename : undefined;
		if (rename?.startsWith('tf.compat.v1.')) candidates.push({ key: `tf.${rename.slice('tf.compat.v1.'.length)}${rest}`, ns: 'v1' });
		else if (rename?.startsWith('tf.') && tf2) candidates.push({ key: `${rename}${rest}`, ns: 'v2' });
		if (ns === 'v2' && tf2) candidates.push({ key, ns: 'v1' });
		return candidates.find((c) => data.symbols[c.key.slice(0, c.key.length - rest.length)] && !judge(c.key, c.ns, call));
	}

	function report(from: number, to: number, written: string, resolved: string, kind: Finding['kind'], j: Judgement, edits?: Edit[]) {
		const start = position(from);
		const mapping = data.mappings[j.key] ?? data.mappings[resolved];
		const route = !j.missing ? '' : mapping?.route ? ` TF2 route: \`${mapping.route}\`.` : mapping?.note ? ` ${mapping.note}` : '';
		findings.push({
			line: start.line,
			column: start.column,
			endColumn: start.line === position(to).line ? position(to).column : start.column + written.length,
			written,
			resolved,
			kind,
			severity: j.severity,
			verdict: j.verdict,
			message: j.message + route,
			path: linkFor(data, j.key, release, mapping),
			...(mapping ? { mapping } : {}),
			...(edits?.length ? { edits } : {}),
		});
	}

	/** Where the line holding `from` starts after its indentation, when `from`–`to` is on one line with at most a comment after it. */
	const aloneOnLine = (from: number, to: number) => {
		const start = parsed.lineStarts[position(from).line - 1]!;
		const end = source.indexOf('\n', to);
		const text = source.slice(start, end === -1 ? source.length : end);
		const indent = text.length - text.trimStart().length;
		const after = source.slice(to, end === -1 ? source.length : end).trim();
		return !source.slice(start + indent, to).includes('\n') && (!after || after.startsWith('#')) ? start + indent : undefined;
	};

	/** `import tf_slim as slim`, `from tf_slim import arg_scope`: the statement that binds `local` to tf_slim's spelling. */
	const slimImport = (key: string, local: string) => {
		const target = data.slimNames[key];
		if (!target) return undefined;
		if (target === 'tf_slim') return `import tf_slim as ${local}`;
		const name = target.slice('tf_slim.'.length);
		return name === local ? `from tf_slim import ${name}` : `from tf_slim import ${name} as ${local}`;
	};

	function onImport(statement: ImportStatement) {
		const failing: { local: string; key: string; j: Judgement }[] = [];
		let allFailing = true;
		for (const name of statement.names) {
			const local = name.name === '*' ? undefined : (name.as ?? (statement.kind === 'import' ? name.target.split('.')[0]! : name.name!));
			const judged = name.name === '*' ? statement.module! : name.target;
			const at = toKey(judged, tf2);
			const j = at ? judge(at.key, at.ns) : undefined;
			// `import tensorflow.contrib.slim` binds `tensorflow`, which stays usable: only the statement fails.
			const bare = statement.kind === 'import' && !name.as;
			if (local) bindings.set(local, { target: bare ? local : name.target, flagged: !bare && !!j && j.severity === 'error' });
			if (j && j.severity === 'error' && at) failing.push({ local: local ?? '*', key: at.key, j });
			else allFailing = false;
		}
		if (!failing.length) return;
		const alone = aloneOnLine(statement.from, statement.to) === statement.from;
		const replacements = failing.map((f) => (f.local === '*' ? undefined : slimImport(f.key, f.local)));
		const edits = alone && allFailing && replacements.every(Boolean) ? [{ from: statement.from, to: statement.to, text: replacements.join('; ') }] : undefined;
		const firstLine = source.slice(statement.from, statement.to).split('\n')[0]!;
		const j: Judgement =
			failing.length === 1
				? failing[0]!.j
				: { ...failing[0]!.j, message: failing.map((f) => f.j.message).join(' ') };
		const slimFix = edits ? ` Replace with \`${edits[0]!.text}\`.` : '';
		report(statement.from, statement.from + firstLine.length, firstLine, failing.map((f) => f.key).join(', '), 'import', { ...j, message: j.message + slimFix }, edits);
	}

	function onReference(ref: Reference) {
		const head = bindings.get(ref.parts[0]!);
		if (!head) return;
		const path = [head.target, ...ref.parts.slice(1)].join('.');
		if (head.flagged) {
			if (ref.assignedTo) bindings.set(ref.assignedTo, { target: path, flagged: true });
			return; // the binding's own line is the finding; its uses fail only because of it
		}
		const at = toKey(path, tf2);
		// `tensorflow` bound alone and used alone (`tf` passed as a value) names nothing to judge.
		const j = at && (ref.parts.length > 1 || head.target !== 'tensorflow') ? judge(at.key, at.ns, ref.call) : undefined;
		if (ref.assignedTo) bindings.set(ref.assignedTo, { target: path, flagged: !!j && j.severity === 'error' });
		if (!j || !at) return;
		const written = source.slice(ref.from, ref.to);
		let edits: Edit[] | undefined = j.keywordEdits;
		if (!edits && j.severity !== 'note') {
			const start = ref.assignedTo ? aloneOnLine(ref.from, ref.to) : undefined;
			const slim = start !== undefined && source.slice(start, ref.to).replace(/\s+/g, '') === `${ref.assignedTo}=${written}` ? slimImport(at.key, ref.assignedTo!) : undefined;
			if (slim && start !== undefined) edits = [{ from: start, to: ref.to, text: slim }];
			else if (head.target === 'tensorflow' && written === ref.parts.join('.')) {
				const better = at.key.startsWith(j.key) ? replacementFor(at.key, j.key, at.ns, ref.call) : undefined;
				if (better) edits = [{ from: ref.from, to: ref.to, text: ref.parts[0] + spell(better.key, better.ns).slice(2) }];
			}
		}
		report(ref.from, ref.to, written, spell(at.key, at.ns), ref.call ? 'call' : 'value', j, edits);
	}

	// Imports and uses in source order, so an alias is known (and known to fail) before it is used.
	let i = 0;
	for (const ref of parsed.references) {
		while (i < parsed.imports.length && parsed.imports[i]!.from < ref.from) onImport(parsed.imports[i++]!);
		onReference(ref);
	}
	while (i < parsed.imports.length) onImport(parsed.imports[i++]!);
	return findings;
}

/** 1 when something fails or changes meaning on the release, 2 when only unlisted `tf.*` names were found, 0 otherwise. */
export function exitCode(findings: readonly Finding[]): 0 | 1 | 2 {
	if (findings.some((f) => f.severity !== 'note')) return 1;
	return findings.length ? 2 : 0;
}
