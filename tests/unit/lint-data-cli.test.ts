import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/minimal.json' with { type: 'json' };

function lintFile(contents: string) {
	const file = join(mkdtempSync(join(tmpdir(), 'lint-data-')), 'compat.json');
	writeFileSync(file, contents);
	return spawnSync(process.execPath, ['scripts/lint-data.ts', file], { encoding: 'utf8' });
}

describe('npm run lint:data', () => {
	it('passes the project data', () => {
		const run = spawnSync(process.execPath, ['scripts/lint-data.ts'], { encoding: 'utf8' });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
	});
	it('exits 1 and names the file, path and record of a bad field', () => {
		const broken = structuredClone(fixture) as { cells: { status: string }[] };
		broken.cells[0]!.status = 'fine';
		const run = lintFile(JSON.stringify(broken));
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/compat\.json: \/cells\/0\/status \(tf 1\.4 × tf\.contrib\.slim × nasnet_mobile, nasnet_large\): "fine" is not allowed/);
		expect(run.stderr).toMatch(/1 problem\(s\)/);
	});
	it('exits 1 on a file that is not JSON, naming the file', () => {
		const run = lintFile('{ "cells": [ }');
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/compat\.json: cannot be read as JSON/);
	});
});

describe('generated types', () => {
	it('match the schema', () => {
		const run = spawnSync(process.execPath, ['scripts/generate-types.ts', '--check'], { encoding: 'utf8' });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
	});
});

describe('check-reproducible', () => {
	const dirWith = (files: Record<string, string>) => {
		const dir = mkdtempSync(join(tmpdir(), 'build-'));
		for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
		return dir;
	};
	const compare = (a: string, b: string) => spawnSync(process.execPath, ['scripts/check-reproducible.ts', a, b], { encoding: 'utf8' });
	it('accepts identical builds and names the files that differ', () => {
		expect(compare(dirWith({ 'a.html': 'x' }), dirWith({ 'a.html': 'x' })).status).toBe(0);
		const run = compare(dirWith({ 'a.html': 'x', 'b.js': '1' }), dirWith({ 'a.html': 'y', 'b.js': '1' }));
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('1 file(s) differ');
		expect(run.stderr).toContain('a.html');
	});
});
