import { parser } from '@lezer/python';
import type { SyntaxNode, TreeCursor } from '@lezer/common';

/** One name an `import` statement binds: `import a.b as c` → { module: 'a.b', as: 'c' }. */
export interface ImportedName {
	/** For `import a.b`: the module path; for `from a import b`: `a.b`. */
	target: string;
	/** The local name it binds, or undefined for `import a.b` (binds `a`). */
	as?: string;
	/** For `from m import x`: `x`. */
	name?: string;
}

export interface ImportStatement {
	kind: 'import' | 'from';
	/** 0-based offsets of the statement, and its 1-based first line. */
	from: number;
	to: number;
	line: number;
	/** `from a.b import …`: `a.b` (relative imports start with dots). */
	module?: string;
	names: ImportedName[];
}

/** A keyword argument as written: `keep_dims=True` → name and the offsets of the name. */
export interface KeywordArg {
	name: string;
	from: number;
	to: number;
}

/** A dotted name used in code (`tf.nn.relu`, `slim`, `FLAGS.x`), with its call arguments when it is called. */
export interface Reference {
	parts: string[];
	from: number;
	to: number;
	call?: { positional: number; keywords: KeywordArg[]; star: boolean };
	/** `name = <this reference>`: the name the statement binds to it. */
	assignedTo?: string;
}

export interface ParsedFile {
	imports: ImportStatement[];
	references: Reference[];
	/** 0-based offset of the start of each line, to turn offsets into lines and columns. */
	lineStarts: number[];
}

/** The names of a pure dotted chain `a.b.c` (VariableName and PropertyName only), or undefined. */
function chain(node: SyntaxNode, source: string): string[] | undefined {
	const parts: string[] = [];
	let n: SyntaxNode | null = node;
	while (n && n.name === 'MemberExpression') {
		const last: SyntaxNode | null = n.lastChild;
		if (!last || last.name !== 'PropertyName') return undefined;
		parts.push(source.slice(last.from, last.to));
		n = n.firstChild;
	}
	if (!n || n.name !== 'VariableName') return undefined;
	parts.push(source.slice(n.from, n.to));
	return parts.reverse();
}

function readArgs(argList: SyntaxNode, source: string): NonNullable<Reference['call']> {
	const call: NonNullable<Reference['call']> = { positional: 0, keywords: [], star: false };
	let atStart = true;
	for (let c = argList.firstChild; c; c = c.nextSibling) {
		if (c.name === '(' || c.name === ')') continue;
		if (c.name === ',') {
			atStart = true;
			continue;
		}
		if (!atStart) continue;
		atStart = false;
		if (c.name === '*' || c.name === '**') call.star = true;
		else if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp') call.keywords.push({ name: source.slice(c.from, c.to), from: c.from, to: c.to });
		else call.positional++;
	}
	return call;
}

/** Reads the dotted path of an import statement's tokens up to a keyword: `tensorflow . contrib . slim`. */
function readImport(node: SyntaxNode, source: string, lineOf: (offset: number) => number): ImportStatement {
	const tokens: { name: string; text: string }[] = [];
	for (let c = node.firstChild; c; c = c.nextSibling) tokens.push({ name: c.name, text: source.slice(c.from, c.to) });
	const statement: ImportStatement = { kind: tokens[0]?.name === 'from' ? 'from' : 'import', from: node.from, to: node.to, line: lineOf(node.from), names: [] };
	let i = 1;
	const dotted = () => {
		let path = '';
		while (i < tokens.length && (tokens[i]!.name === 'VariableName' || tokens[i]!.name === '.' || tokens[i]!.name === 'Ellipsis')) path += tokens[i++]!.text;
		return path;
	};
	if (statement.kind === 'from') {
		statement.module = dotted();
		while (i < tokens.length && tokens[i]!.name !== 'import') i++;
		i++;
	}
	while (i < tokens.length) {
		const t = tokens[i]!;
		if (t.name === ',' || t.name === '(' || t.name === ')') {
			i++;
			continue;
		}
		if (t.name === '*') {
			statement.names.push({ target: statement.module!.endsWith('.') ? `${statement.module}*` : `${statement.module}.*`, name: '*' });
			i++;
			continue;
		}
		const path = statement.kind === 'from' ? tokens[i++]!.text : dotted();
		if (!path) {
			i++;
			continue;
		}
		const module = statement.module ?? '';
		const prefix = module.endsWith('.') ? module : `${module}.`; // `from . import x` → `.x`
		const entry: ImportedName = statement.kind === 'from' ? { target: `${prefix}${path}`, name: path } : { target: path };
		if (tokens[i]?.name === 'as' && tokens[i + 1]) {
			entry.as = tokens[i + 1]!.text;
			i += 2;
		}
		statement.names.push(entry);
	}
	return statement;
}

/**
 * Parses Python with @lezer/python (error-tolerant, incremental LR) and lists imports and dotted names in one pass over
 * the syntax tree: linear in the file size. Strings, comments and f-string text never yield names; f-string
 * replacement fields do, as they are code.
 */
export function parsePython(source: string): ParsedFile {
	const lineStarts = [0];
	for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
	const lineOf = (offset: number) => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};
	const imports: ImportStatement[] = [];
	const references: Reference[] = [];
	const tree = parser.parse(source);
	const cursor: TreeCursor = tree.cursor();
	const visit = (): boolean => {
		const type = cursor.name;
		if (type !== 'ImportStatement' && type !== 'Decorator' && type !== 'MemberExpression' && type !== 'VariableName') return true;
		const node = cursor.node;
		switch (type) {
			case 'ImportStatement':
				imports.push(readImport(node, source, lineOf));
				return false;
			case 'Decorator': {
				// `@slim.add_arg_scope`: the parser gives a flat run of VariableName and '.' tokens.
				const parts: string[] = [];
				let from = -1;
				let to = -1;
				for (let c = node.firstChild; c; c = c.nextSibling) {
					if (c.name === 'VariableName') {
						parts.push(source.slice(c.from, c.to));
						if (from < 0) from = c.from;
						to = c.to;
					} else if (c.name !== '.' && c.name !== 'At') break;
				}
				if (parts.length) references.push({ parts, from, to });
				return false;
			}
			case 'MemberExpression':
			case 'VariableName': {
				const parts = chain(node, source);
				if (!parts) return true;
				const parent = node.parent;
				// Keyword names in calls and the targets of assignments are not uses.
				if (node.name === 'VariableName' && node.nextSibling?.name === 'AssignOp') return false;
				if (node.name === 'VariableName' && (parent?.name === 'ParamList' || parent?.name === 'FunctionDefinition' || parent?.name === 'ClassDefinition')) return false;
				const reference: Reference = { parts, from: node.from, to: node.to };
				if (parent?.name === 'CallExpression' && parent.firstChild?.from === node.from && node.nextSibling?.name === 'ArgList')
					reference.call = readArgs(node.nextSibling, source);
				if (parent?.name === 'AssignStatement' && parent.lastChild?.from === node.from) {
					const target = parent.firstChild;
					if (target?.name === 'VariableName' && target.nextSibling?.name === 'AssignOp' && target.nextSibling.nextSibling?.from === node.from)
						reference.assignedTo = source.slice(target.from, target.to);
				}
				references.push(reference);
				return false;
			}
			default:
				return true;
		}
	};
	// Iterative depth-first walk: no recursion, so deep nesting cannot overflow the stack.
	for (;;) {
		if (visit() && cursor.firstChild()) continue;
		while (!cursor.nextSibling()) if (!cursor.parent()) return { imports, references, lineStarts };
	}
}
