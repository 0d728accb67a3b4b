/** What one API golden file (`tensorflow/tools/api/golden/**.pbtxt`) says about a module's public members. */
export type SymbolKind = 'module' | 'class' | 'function' | 'constant';

export interface GoldenMember {
	name: string;
	kind: SymbolKind;
	/** Argument names of a function, `*name` for varargs and `**name` for keywords. */
	args?: string[];
}

export interface GoldenModule {
	/** Dotted path with `tf` for `tensorflow`, e.g. `tf.nn`. */
	path: string;
	members: GoldenMember[];
}

const unquote = (s: string) => s.replace(/\\'/g, "'").replace(/\\"/g, '"');

/** The kind a golden's `mtype` stands for: modules (lazy ones too), classes (metaclasses too), or a value. */
export function kindOfMtype(mtype: string): SymbolKind {
	if (/'module'|LazyLoader/.test(mtype)) return 'module';
	if (/^<type 'type'>$|^<class 'type'>$|Meta|EnumType|ProtocolMessageType|^<class 'abc\.|'typing\./.test(mtype)) return 'class';
	if (/'function'|'builtin_function_or_method'/.test(mtype)) return 'function';
	return 'constant';
}

/**
 * Argument names from a golden argspec. Two notations occur:
 * `args=['a', 'b'], varargs=None, keywords=None, …` (Python 2 era) and `FullArgSpec(args=[…], varargs=…, varkw=…, kwonlyargs=[…], …)`.
 */
export function argNames(argspec: string): string[] {
	const spec = unquote(argspec);
	const list = (key: string) => {
		const m = new RegExp(`(?:^|[(\\s,])${key}=\\[([^\\]]*)\\]`).exec(spec);
		return m ? [...m[1]!.matchAll(/'([^']*)'/g)].map((x) => x[1]!) : [];
	};
	const single = (key: string) => new RegExp(`(?:^|[(\\s,])${key}='?([A-Za-z_]\\w*)'?`).exec(spec)?.[1];
	const varargs = single('varargs');
	const varkw = single('varkw') ?? single('keywords');
	return [
		...list('args'),
		...(varargs && varargs !== 'None' ? [`*${varargs}`] : []),
		...list('kwonlyargs'),
		...(varkw && varkw !== 'None' ? [`**${varkw}`] : []),
	];
}

const tfPath = (path: string) => path.replace(/^tensorflow(?=\.|$)/, 'tf');

/**
 * The constructor arguments a class golden (`tf_class`) lists, without `self`: what a call `tf.X(…)` may pass. The
 * class's other members are attributes, not symbols of the API.
 */
export function parseClassGolden(text: string): { path: string; init: string[] } | undefined {
	const path = /^path: "([^"]+)"/m.exec(text)?.[1];
	if (!path || !/^tf_class \{/m.test(text)) return undefined;
	const init = /member_method \{\n\s*name: "__init__"\n\s*argspec: "((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
	return init === undefined ? undefined : { path: tfPath(path), init: argNames(init).filter((a) => a !== 'self') };
}

/** Parses a golden file of a module; class goldens (`tf_class`) give undefined (see parseClassGolden). */
export function parseGolden(text: string): GoldenModule | undefined {
	const path = /^path: "([^"]+)"/m.exec(text)?.[1];
	if (!path || !/^tf_module \{/m.test(text)) return undefined;
	const members: GoldenMember[] = [];
	for (const block of text.matchAll(/^ {2}(member|member_method) \{\n([\s\S]*?)\n {2}\}/gm)) {
		const body = block[2]!;
		const name = /name: "([^"]+)"/.exec(body)?.[1];
		if (!name) continue;
		if (block[1] === 'member_method') {
			const argspec = /argspec: "((?:[^"\\]|\\.)*)"/.exec(body)?.[1];
			members.push({ name, kind: 'function', ...(argspec !== undefined ? { args: argNames(argspec) } : {}) });
		} else {
			members.push({ name, kind: kindOfMtype(unquote(/mtype: "((?:[^"\\]|\\.)*)"/.exec(body)?.[1] ?? '')) });
		}
	}
	return { path: tfPath(path), members };
}
