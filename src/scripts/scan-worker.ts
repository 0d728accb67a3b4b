// Scans off the main thread, so a huge or hostile paste cannot freeze the page.
import type { ScanIndex } from '../lib/scanner/index.ts';
import { scan } from '../lib/scanner/scan.ts';

self.onmessage = (event: MessageEvent<{ source: string; index: ScanIndex }>) => {
	const started = performance.now();
	const findings = scan(event.data.source, event.data.index);
	self.postMessage({ findings, ms: performance.now() - started });
};
