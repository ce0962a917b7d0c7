/**
 * A sentence that opens with a connector of addition (同时，加快建设明湖数字经济产业园… / 此外，… /
 * 与此同时，…) adds a job to the one before: in a report without 要 it is the only sign that a new task
 * begins. 同时 inside a sentence (…，同时做好…) is not at the start and changes nothing.
 */
const CONNECTOR = /^(?:与此同时|同时|此外|另外|另一方面)[，,]/;

export function opensWithConnector(sentence: string): boolean {
  const match = CONNECTOR.exec(sentence);
  if (match === null) return false;
  return sentence.length - match[0].length >= 8;
}
