// Scans off the main thread, so a huge or hostile paste cannot freeze the page. The scan data is fetched once.
import type { ScanData } from '../lib/scanner/knowledge.ts';
import { scan } from '../lib/scanner/scan.ts';

export interface ScanRequest {
	source: string;
	release: string;
	dataUrl: string;
}

let scanData: Promise<ScanData> | undefined;

self.onmessage = async (event: MessageEvent<ScanRequest>) => {
	scanData ??= fetch(event.data.dataUrl).then((r) => (r.ok ? (r.json() as Promise<ScanData>) : Promise.reject(new Error(`HTTP ${r.status}`))));
	let loaded: ScanData;
	try {
		loaded = await scanData;
	} catch (error) {
		scanData = undefined;
		self.postMessage({ error: `The scan data could not be loaded (${(error as Error).message}); reload the page to try again.` });
		return;
	}
	const started = performance.now();
	const findings = scan(event.data.source, loaded, { release: event.data.release });
	self.postMessage({ findings, ms: performance.now() - started });
};
