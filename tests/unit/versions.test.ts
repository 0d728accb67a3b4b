import { describe, expect, it } from 'vitest';
import { compareVersions, formatRange, inRange, versionsIn } from '../../src/lib/versions.ts';

describe('versions', () => {
	it('orders minor versions numerically, not as text', () => {
		expect(['2.16', '1.15', '2.9', '1.4', '2.0'].sort(compareVersions)).toEqual(['1.4', '1.15', '2.0', '2.9', '2.16']);
	});
	it('treats a range without "to" as running to the newest release', () => {
		expect(inRange('2.20', { from: '2.16' }, '2.20')).toBe(true);
		expect(inRange('2.15', { from: '2.16' }, '2.20')).toBe(false);
		expect(inRange('1.15', { from: '1.4', to: '1.15' }, '2.20')).toBe(true);
		expect(inRange('2.0', { from: '1.4', to: '1.15' }, '2.20')).toBe(false);
	});
	it('lists the releases a range covers', () => {
		expect(versionsIn({ from: '1.15', to: '2.1' }, ['1.4', '1.15', '2.0', '2.1', '2.2'])).toEqual(['1.15', '2.0', '2.1']);
	});
	it('formats ranges for people', () => {
		expect(formatRange({ from: '2.16' })).toBe('TF 2.16 and newer');
		expect(formatRange({ from: '2.16', to: '2.16' })).toBe('TF 2.16');
		expect(formatRange({ from: '1.4', to: '1.15' })).toBe('TF 1.4–1.15');
	});
});
