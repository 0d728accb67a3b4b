import { apiIndex, data } from './data.ts';
import { buildScanData, type ScanData } from './scanner/knowledge.ts';

let built: ScanData | undefined;
/** The scanner's view of the site's data, built once per build: for /scan-data.json and for judging code pairs. */
export const siteScanData = (): ScanData => (built ??= buildScanData(apiIndex, data));
