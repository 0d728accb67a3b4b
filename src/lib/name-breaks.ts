/**
 * Splits text after each dot or underscore that joins two name parts and between the words of a CamelCase name
 * (`tf.image.sample_distorted_box` → `tf.`, `image.`, `sample_`, `distorted_`, `box`; `ExponentialMovingAverage` →
 * `Exponential`, `Moving`, `Average`), so a page can offer a line break there (<wbr>) instead of breaking a name
 * mid-word or widening its table column.
 */
export function nameSegments(text: string): string[] {
	return text.split(/(?<=[A-Za-z0-9]\.)(?=[A-Za-z_])|(?<=[A-Za-z0-9]_)(?=[A-Za-z0-9])|(?<=[a-z])(?=[A-Z][a-z])/);
}
