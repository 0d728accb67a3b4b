import { describe, expect, it } from 'vitest';
import { proseBackticks, textDefects } from '../../src/lib/text-defects.ts';

const kinds = (text: string) => textDefects(text).map((d) => d.kind);

describe('text defects in indexed text', () => {
	it('finds words glued where two elements meet', () => {
		expect(kinds('tf.global_norm. Copy linkCopy as Markdown')).toEqual(['glued words']);
		expect(kinds('Builder nasnet.build_nasnet_mobileArg scope')).toEqual(['glued words']);
		expect(kinds('from tf.contrib.slim.Also written as slim.conv2d')).toEqual(['glued words']);
		expect(kinds('TF 2.2 Works with changesread from code')).toEqual(['glued words']);
		expect(kinds('Worksruns as written')).toEqual(['glued words']);
		expect(kinds('Works with changes read from code. Works runs as written')).toEqual([]);
	});
	it('accepts names, CamelCase classes and mixed-case words spelled that way', () => {
		expect(kinds('tf.keras.layers.BatchNormalization and NASNetMobile; arXiv 1707.07012; tf.get_logger().setLevel.')).toEqual([]);
	});
	it('finds a citation glued to its sentence', () => {
		expect(kinds('not verified).(sources: a.py:1, b.py:2)')).toEqual(['glued citation']);
		expect(kinds('not verified). (sources: a.py:1, b.py:2)')).toEqual([]);
	});
	it('finds a source cited twice in one list, and two lists in a row', () => {
		expect(kinds('x. (sources: README.md, README.md, setup.py)')).toEqual(['repeated source']);
		expect(kinds('x. (source: a.py:1) (sources: b.py:2, c.py)')).toEqual(['repeated source']);
		expect(kinds('x. (sources: tf-slim README.md, models README.md)')).toEqual([]);
	});
});

describe('raw backticks in prose', () => {
	it('finds Markdown backticks in running text', () => {
		expect(proseBackticks('<p>the line `import tf_slim` fails</p>')).toHaveLength(2);
	});
	it('leaves code, quoted error messages and scripts alone', () => {
		expect(proseBackticks('<pre><code>AttributeError: `Layer` is not available</code></pre>')).toEqual([]);
		expect(proseBackticks('<p>raises &quot;`&lt;name&gt;` is not available with Keras 3.&quot; on import</p>')).toEqual([]);
		expect(proseBackticks('<script>const s = `x`;</script><p><code>`a`</code></p>')).toEqual([]);
	});
});
