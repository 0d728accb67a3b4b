import { compareVersions } from '../versions.ts';
import type { ScanData } from './knowledge.ts';
import { formatJson, formatMarkdown, formatSarif, formatText, publicSite, type FileReport } from './report.ts';
import { exitCode, scan } from './scan.ts';

export const usage = 'usage: slimcompat scan FILE… [--tf X.Y] [--format text|markdown|json|sarif] [--site URL]';

export interface CliIo {
	readFile: (path: string) => Promise<string>;
	env: Record<string, string | undefined>;
	/** The site address the build was configured with, if any. */
	configuredSite?: string | undefined;
	version: string;
}

export interface CliResult {
	stdout: string;
	stderr: string;
	/** 0 clean, 1 something fails or changes meaning, 2 only unlisted names, 64 bad usage or unreadable file. */
	code: number;
}

/** The whole command line, without touching the process: the repository script and the packed CLI share it. */
export async function runCli(argv: readonly string[], data: ScanData, io: CliIo): Promise<CliResult> {
	const args = [...argv];
	const bad = (message: string): CliResult => ({ stdout: '', stderr: `${message}\n${usage}`, code: 64 });
	const option = (name: string) => {
		const at = args.indexOf(`--${name}`);
		if (at < 0) return undefined;
		const [, value] = args.splice(at, 2);
		return value ?? '';
	};
	const format = option('format') ?? 'text';
	const siteOption = option('site');
	const release = option('tf') ?? data.releases.at(-1)!;
	const [command, ...files] = args;
	if (command !== 'scan' || !files.length) return bad('slimcompat: give the scan command and at least one file.');
	if (!['text', 'markdown', 'json', 'sarif'].includes(format)) return bad(`slimcompat: unknown format "${format}".`);
	if (!/^\d+\.\d+$/.test(release) || compareVersions(release, data.releases[0]!) < 0)
		return bad(`slimcompat: --tf takes a release from ${data.releases[0]} on, as major.minor (got "${release}").`);
	const site = publicSite(siteOption, io.env.SLIMCOMPAT_SITE, io.configuredSite);
	const reports: FileReport[] = [];
	for (const path of files) {
		let source: string;
		try {
			source = await io.readFile(path);
		} catch (error) {
			return { stdout: '', stderr: `${path}: cannot be read: ${(error as Error).message}`, code: 64 };
		}
		reports.push({ path, source, findings: scan(source, data, { release }) });
	}
	const later = compareVersions(release, data.releases.at(-1)!) > 0 ? `slimcompat: the API index ends at TF ${data.releases.at(-1)}; names present there are taken as present in ${release}.\n` : '';
	const out =
		format === 'markdown'
			? formatMarkdown(reports, site, release)
			: format === 'json'
				? formatJson(reports, site, release)
				: format === 'sarif'
					? formatSarif(reports, site, release, io.version)
					: formatText(reports, site, release);
	return { stdout: out, stderr: later, code: exitCode(reports.flatMap((r) => r.findings)) };
}
