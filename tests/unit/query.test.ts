import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/minimal.json' with { type: 'json' };
import type { CompatData } from '../../src/lib/compat-data.generated.ts';
import { mappingDescription } from '../../src/lib/describe.ts';
import { argWithDefault, mappingHeadings, upgradeNoteOwner } from '../../src/lib/mapping-sections.ts';
import { cellsMatching, mappingFor, matrixSections, mergeIdenticalRows, recordHeadings, releasesBetween, statusesPresent, statusFor, unreleasedFixesFor } from '../../src/lib/query.ts';
import { data as realData } from '../../src/lib/data.ts';
import { resolveSources, sourceHref } from '../../src/lib/sources.ts';
import { moduleOf, shortName, spellingsOf } from '../../src/lib/spellings.ts';

const data = fixture as unknown as CompatData;

describe('queries', () => {
	it('finds the cell that decides a release × package × variant', () => {
		expect(statusFor(data, '1.4', 'tf.contrib.slim', 'nasnet_large')?.status).toBe('works');
		expect(statusFor(data, '2.16', 'tf.contrib.slim', 'nasnet_mobile')?.status).toBe('not-available');
		expect(statusFor(data, '2.16', 'tf.contrib.slim', 'nasnet_large')?.status).toBe('unknown');
		expect(statusFor(data, '1.4', 'tf_slim', 'nasnet_large')).toBeUndefined();
	});
	it('finds a mapping by canonical name or alias', () => {
		expect(mappingFor(data, 'slim.conv2d')?.symbol).toBe('tf.contrib.slim.conv2d');
		expect(mappingFor(data, 'tf.contrib.slim.conv2d')?.symbol).toBe('tf.contrib.slim.conv2d');
		expect(mappingFor(data, 'tf_slim.layers.conv2d')?.symbol).toBe('tf.contrib.slim.conv2d');
		expect(mappingFor(data, 'conv2d')).toBeUndefined();
	});
	it('builds a section per package, a row per release and a column per variant', () => {
		const sections = matrixSections(data);
		expect(sections.map((s) => s.package.id)).toEqual(['tf.contrib.slim']);
		expect(sections[0]!.rows.map((r) => r.release.version)).toEqual(['1.4', '2.0', '2.16']);
		expect(sections[0]!.rows.map((r) => r.cells.map((c) => `${c.variant.id}:${c.cell?.status}`))).toEqual([
			['nasnet_mobile:works', 'nasnet_large:works'],
			['nasnet_mobile:not-available', 'nasnet_large:unknown'],
			['nasnet_mobile:not-available', 'nasnet_large:unknown'],
		]);
	});
	it('lists only the statuses present, in legend order', () => {
		expect(statusesPresent(matrixSections(data))).toEqual(['works', 'not-available', 'unknown']);
		expect(statusesPresent(matrixSections(data, data.tfReleases.slice(0, 1)))).toEqual(['works']);
	});
	it('selects the cells that match a package, a variant and a release', () => {
		expect(cellsMatching(data, { tf: '2.16' }).map((c) => c.status)).toEqual(['not-available', 'unknown']);
		expect(cellsMatching(data, { variant: 'nasnet_large', tf: '1.4' }).map((c) => c.status)).toEqual(['works']);
		expect(cellsMatching(data, { package: 'tf_slim' })).toEqual([]);
	});
});

describe('sources', () => {
	it('links a repository source to the file at its commit and lines', () => {
		expect(sourceHref(data.sources['fixture-repo']!)).toBe(
			'https://github.com/example/repo/blob/0123456789abcdef0123456789abcdef01234567/src/a.py#L10-L20',
		);
		expect(sourceHref(data.sources['fixture-doc']!)).toBe('https://example.org/docs');
	});
	it('resolves each cited id once, in citation order', () => {
		expect(resolveSources(data, ['fixture-doc', 'fixture-repo', 'fixture-doc']).map((s) => s.id)).toEqual(['fixture-doc', 'fixture-repo']);
		expect(resolveSources(data, ['fixture-repo'])[0]!.label).toBe('example/repo · src/a.py@0123456, lines 10-20');
	});
});

describe('mapping pages', () => {
	const mapping = data.mappings[0]!;
	it('states the answer in the description', () => {
		expect(mappingDescription(mapping)).toBe('tf.contrib.slim.conv2d → tf.keras.layers.Conv2D. A fixture mapping.');
	});
	it('lists only the sections the mapping has, the TF2 answer and its code first', () => {
		expect(mappingHeadings(mapping).map((h) => h.slug)).toEqual(['routes', 'code', 'upgrade', 'arguments', 'traps', 'sources']);
		const { traps: _traps, codePair: _codePair, ...bare } = mapping;
		expect(mappingHeadings({ ...bare, args: [] }).map((h) => h.slug)).toEqual(['routes', 'upgrade', 'sources']);
	});
});

describe('source links with several line ranges', () => {
	it('opens at the first range and names them all', () => {
		const source = { title: 'x', repo: 'a/b', path: 'f.py', ref: 'v1.0.0', lines: '40,52-60' };
		expect(sourceHref(source)).toBe('https://github.com/a/b/blob/v1.0.0/f.py#L40');
		expect(resolveSources({ ...data, sources: { x: source } }, ['x'])[0]!.label).toBe('a/b · f.py@v1.0.0, lines 40, 52-60');
	});
});

describe('short source citations', () => {
	it('names a file and its first line, an issue thread, or a host', () => {
		const sources = {
			f: { title: 'f', repo: 'a/b', path: 'x/nasnet.py', ref: 'v1.0.0', lines: '159-161,170' },
			i: { title: 'i', url: 'https://github.com/tensorflow/models/pull/2783' },
			d: { title: 'd', url: 'https://www.tensorflow.org/install/source' },
		};
		expect(resolveSources({ ...data, sources }, ['f', 'i', 'd']).map((s) => s.short)).toEqual([
			'nasnet.py:159-161',
			'models PR #2783',
			'tensorflow.org',
		]);
	});
	it('tells apart two sources that would read the same in one list', () => {
		const sources = {
			a: { title: 'a', repo: 'google-research/tf-slim', path: 'README.md', ref: 'v1.1.0' },
			b: { title: 'b', repo: 'tensorflow/models', path: 'research/slim/README.md', ref: 'v2.0' },
			c: { title: 'c', repo: 'tensorflow/models', path: 'research/slim/README.md', ref: 'v1.13.0' },
			d: { title: 'd', url: 'https://www.tensorflow.org/guide/migrate' },
			e: { title: 'e', url: 'https://www.tensorflow.org/api_docs/python/tf/compat/v1' },
		};
		expect(resolveSources({ ...data, sources }, ['a', 'b', 'd', 'e']).map((s) => s.short)).toEqual([
			'tf-slim README.md',
			'models README.md',
			'tensorflow.org migrate',
			'tensorflow.org v1',
		]);
		expect(resolveSources({ ...data, sources }, ['b', 'c']).map((s) => s.short)).toEqual([
			'models research/slim/README.md@v2.0',
			'models research/slim/README.md@v1.13.0',
		]);
		const pages = {
			k3: { title: 'k3', url: 'https://keras.io/api/applications/nasnet' },
			k2: { title: 'k2', url: 'https://keras.io/2/api/applications/nasnet' },
			m: { title: 'm', repo: 'tensorflow/hub', path: 'nasnet_mobile/5.md', ref: 'v1' },
			l: { title: 'l', repo: 'tensorflow/hub', path: 'nasnet_large/5.md', ref: 'v1' },
		};
		expect(resolveSources({ ...data, sources: pages }, ['k3', 'k2', 'm', 'l']).map((s) => s.short)).toEqual([
			'keras.io/api/applications/nasnet',
			'keras.io/2/api/applications/nasnet',
			'hub nasnet_mobile/5.md',
			'hub nasnet_large/5.md',
		]);
		expect(resolveSources({ ...data, sources }, ['a', 'd']).map((s) => s.short)).toEqual(['README.md', 'tensorflow.org']);
	});
	it('cites a place once when two ids name it', () => {
		const sources = {
			a: { title: 'Section A', repo: 'tensorflow/tensorflow', path: 'RELEASE.md', ref: 'v2.0.0' },
			b: { title: 'Section B', repo: 'tensorflow/tensorflow', path: 'RELEASE.md', ref: 'v2.0.0' },
			c: { title: 'Lines', repo: 'tensorflow/tensorflow', path: 'RELEASE.md', ref: 'v2.0.0', lines: '5' },
		};
		expect(resolveSources({ ...data, sources }, ['a', 'b', 'c']).map((s) => [s.id, s.short])).toEqual([
			['a', 'RELEASE.md'],
			['c', 'RELEASE.md:5'],
		]);
	});
});

describe('argWithDefault', () => {
	it('writes an argument with its default the way Python does', () => {
		expect(argWithDefault('padding', "'SAME'")).toBe("padding = 'SAME'");
		expect(argWithDefault('filters', undefined)).toBe('filters');
		expect(argWithDefault('-', undefined)).toBe('no equivalent');
		expect(argWithDefault('shape=None, name=None', 'shape=None')).toBe('shape=None, name=None');
	});
});

describe('spellingsOf', () => {
	it('adds the spellings the import forms derive, canonical first, each once', () => {
		expect(spellingsOf(data, data.mappings[0]!)).toEqual(['tf.contrib.slim.conv2d', 'tf.contrib.layers.convolution2d', 'tf_slim.layers.conv2d', 'slim.conv2d']);
	});
	it('reaches a module only through forms without a name list', () => {
		const module = { ...data.mappings[0]!, symbol: 'tf.contrib.slim' };
		const { aliases: _aliases, ...bare } = module;
		expect(spellingsOf(data, bare)).toEqual(['tf.contrib.slim', 'slim']);
	});
});

describe('shortName and moduleOf', () => {
	it('split a dotted symbol at its last dot', () => {
		expect(shortName('tf.contrib.slim.batch_norm')).toBe('batch_norm');
		expect(moduleOf('tf.contrib.slim.batch_norm')).toBe('tf.contrib.slim');
		expect(moduleOf('absl')).toBe('');
	});
});

describe('releasesBetween', () => {
	it('keeps the releases in an inclusive range, either end open', () => {
		expect(releasesBetween(data, '2.0').map((r) => r.version)).toEqual(['2.0', '2.16']);
		expect(releasesBetween(data, undefined, '2.0').map((r) => r.version)).toEqual(['1.4', '2.0']);
		expect(releasesBetween(data).length).toBe(3);
	});
});

describe('recordHeadings', () => {
	it('adds the errors section only when errors are fixed on the page', () => {
		expect(recordHeadings(data, { slug: 'facts', text: 'Facts' }, { variant: 'nasnet_large' }).map((h) => h.slug)).toEqual(['facts', 'compatibility']);
		const { symbol: _symbol, ...error } = data.errors[0]!;
		const withError: CompatData = { ...data, errors: [{ ...error, variant: 'nasnet_large' }] };
		expect(recordHeadings(withError, { slug: 'facts', text: 'Facts' }, { variant: 'nasnet_large' }).map((h) => h.slug)).toEqual(['facts', 'compatibility', 'errors']);
	});
});

describe('unreleasedFixesFor', () => {
	it('orders the tf_slim fixes by the release they are needed from', () => {
		const fixes = unreleasedFixesFor(realData, 'tf_slim');
		expect(fixes.length).toBeGreaterThanOrEqual(9);
		expect(fixes[0]!.brokenFrom).toBe('2.13');
		expect(fixes.map((f) => f.brokenFrom)).toEqual([...fixes.map((f) => f.brokenFrom)].sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])));
		expect(fixes.some((f) => f.commit.startsWith('2b8351c') && f.error.includes("no attribute 'case'"))).toBe(true);
	});
	it('has none for a package without an entry', () => {
		expect(unreleasedFixesFor(realData, 'tf.contrib.slim')).toEqual([]);
	});
});

describe('merging identical matrix rows', () => {
	const a = { id: 'a' } as never;
	const b = { id: 'b' } as never;
	const release = (version: string) => ({ version }) as never;
	const row = (version: string, ...cells: unknown[]) => ({ release: release(version), cells: cells.map((cell) => ({ variant: {} as never, cell: cell as never })) });
	it('joins consecutive releases whose cells come from the same records, and only those', () => {
		const runs = mergeIdenticalRows([row('2.2', a, a), row('2.3', b, a), row('2.4', b, a), row('2.5', b, a), row('2.6', a, a), row('2.7', b, undefined)]);
		expect(runs.map((r) => `${(r.first as { version: string }).version}-${(r.last as { version: string }).version}`)).toEqual(['2.2-2.2', '2.3-2.5', '2.6-2.6', '2.7-2.7']);
	});
});

describe('a long tf_upgrade_v2 note shared by several mappings', () => {
	const long = 'x'.repeat(250);
	const m = (symbol: string, note: string) => ({ symbol, upgradeScript: { action: 'unconverted', note, sources: [] } }) as never;
	const mappings = [m('a', long), m('b', 'short'), m('c', long), m('d', long), m('e', 'short')];
	it('is given once, on the first page that carries it; the others link there', () => {
		expect(upgradeNoteOwner(mappings, mappings[0]!)).toBeUndefined();
		expect(upgradeNoteOwner(mappings, mappings[2]!)).toEqual({ owner: mappings[0], shared: 3 });
	});
	it('leaves short or rare notes in place', () => {
		expect(upgradeNoteOwner(mappings, mappings[1]!)).toBeUndefined();
		expect(upgradeNoteOwner(mappings.slice(0, 3), mappings[2]!)).toBeUndefined();
	});
});
