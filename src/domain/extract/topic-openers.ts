/**
 * A sentence of a report's item opened by its topic (煤炭智能绿色安全开采方面，抓好产能接续…; 在…领域，…
 * is not one): the report names the field, then its measures. Like a sentence opened by a measure verb, it is a
 * measure of its own (tenth pass). The topic is a short phrase without punctuation that ends in 方面 and a comma.
 */
const TOPIC = /^[^，,。；;：:！？、]{2,24}方面[，,]/;

export function opensTopic(sentence: string): boolean {
  return TOPIC.test(sentence) && !/^(?:在|从|这|各|一|两|另一|其他|多)/.test(sentence);
}
