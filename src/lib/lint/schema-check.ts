import Ajv, { type ErrorObject } from 'ajv';
import apiIndexSchema from '../../../data/api-index.schema.json' with { type: 'json' };
import schema from '../../../data/compat.schema.json' with { type: 'json' };
import type { Finding } from './lint-error.ts';

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });

function show(value: unknown): string {
	const text = JSON.stringify(value);
	return text === undefined ? String(value) : text.length > 60 ? text.slice(0, 57) + '…' : text;
}

/** The schema's description of the field, worded to follow "expected". */
function describe(error: ErrorObject): string {
	const text = (error.parentSchema as { description?: string } | undefined)?.description ?? '';
	return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

function toFinding(error: ErrorObject, schemaFile: string): Finding {
	const p = error.params as Record<string, unknown>;
	const expected = describe(error);
	switch (error.keyword) {
		case 'required': {
			const field = String(p.missingProperty);
			const fieldSchema = (error.parentSchema as { properties?: Record<string, { description?: string }> })
				?.properties?.[field];
			return {
				path: `${error.instancePath}/${field}`,
				message: `missing required field "${field}"`,
				tip: `add "${field}"${fieldSchema?.description ? ` (${fieldSchema.description.replace(/\.$/, '')})` : ''}`,
			};
		}
		case 'additionalProperties': {
			const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
			return {
				path: `${error.instancePath}/${String(p.additionalProperty)}`,
				message: `unknown field "${String(p.additionalProperty)}"`,
				tip: known.length ? `remove it, or use one of: ${known.join(', ')}` : 'remove it',
			};
		}
		case 'enum':
			return {
				path: error.instancePath,
				message: `${show(error.data)} is not allowed; expected one of ${(p.allowedValues as unknown[]).map(show).join(', ')}`,
				tip: expected || 'use one of the listed values',
			};
		case 'const':
			return { path: error.instancePath, message: `expected ${show(p.allowedValue)}, found ${show(error.data)}`, tip: expected };
		case 'pattern':
			return {
				path: error.instancePath,
				message: `${show(error.data)} has the wrong form; expected ${expected || `a match for ${String(p.pattern)}`}`,
				tip: `write it as the pattern ${String(p.pattern)} asks`,
			};
		case 'type':
			return {
				path: error.instancePath,
				message: `expected ${String(p.type)}, found ${error.data === null ? 'null' : Array.isArray(error.data) ? 'array' : typeof error.data} ${show(error.data)}`,
				tip: expected || `write a ${String(p.type)}`,
			};
		case 'minItems':
		case 'minProperties':
			return {
				path: error.instancePath,
				message: `expected at least ${String(p.limit)} ${error.keyword === 'minItems' ? 'item(s)' : 'entry(ies)'}, found ${Array.isArray(error.data) ? error.data.length : Object.keys(error.data as object).length}`,
				tip: expected || 'add the missing entries',
			};
		case 'minimum':
		case 'maximum':
		case 'minLength':
			return {
				path: error.instancePath,
				message: `${show(error.data)} is ${error.keyword === 'maximum' ? 'above the maximum' : 'below the minimum'} ${String(p.limit)}${error.keyword === 'minLength' ? ' characters' : ''}`,
				tip: expected ? `expected ${expected}` : `see ${schemaFile} for the limits`,
			};
		case 'uniqueItems':
			return {
				path: error.instancePath,
				message: `items ${String(p.j)} and ${String(p.i)} are the same`,
				tip: 'remove the repeated item',
			};
		default:
			return {
				path: error.instancePath,
				message: `${error.message ?? 'is invalid'}${expected ? `; expected ${expected}` : ''}`,
				tip: `see ${schemaFile} and data/README.md for the field`,
			};
	}
}

/**
 * A value that fails a `oneOf` makes Ajv report every branch's errors. Keep the branch the value was
 * evidently meant for: not one that failed on its type, then the one with the fewest errors.
 */
function pickOneOfBranches(errors: ErrorObject[]): ErrorObject[] {
	const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
	let kept = errors.filter((e) => e.keyword !== 'oneOf');
	for (const oneOf of oneOfs) {
		const prefix = oneOf.schemaPath + '/';
		const branches = new Map<string, ErrorObject[]>();
		for (const e of kept) {
			if (!e.schemaPath.startsWith(prefix)) continue;
			const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
			branches.set(branch, [...(branches.get(branch) ?? []), e]);
		}
		const ranked = [...branches.entries()].sort(([, a], [, b]) => {
			const typeMiss = (list: ErrorObject[]) =>
				list.some((e) => e.keyword === 'type' && e.instancePath === oneOf.instancePath) ? 1 : 0;
			return typeMiss(a) - typeMiss(b) || a.length - b.length;
		});
		const best = ranked[0]?.[0];
		kept = kept.filter((e) => !e.schemaPath.startsWith(prefix) || e.schemaPath.startsWith(`${prefix}${best}/`));
	}
	return kept;
}

/** A checker of one data file against its schema. */
function schemaChecker(schemaJson: object, schemaFile: string): (data: unknown) => Finding[] {
	const validate = ajv.compile(schemaJson);
	return (data) => (validate(data) ? [] : pickOneOfBranches(validate.errors ?? []).map((e) => toFinding(e, schemaFile)));
}

/** Checks the data against data/compat.schema.json. */
export const checkSchema = schemaChecker(schema, 'data/compat.schema.json');
/** Checks the generated API index against data/api-index.schema.json. */
export const checkApiIndexSchema = schemaChecker(apiIndexSchema, 'data/api-index.schema.json');
