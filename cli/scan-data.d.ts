// The virtual module cli/build.ts resolves to the scan data it derives from data/api-index.json and data/compat.json.
declare module 'slimcompat:scan-data' {
	const data: import('../src/lib/scanner/knowledge.ts').ScanData;
	export default data;
}
