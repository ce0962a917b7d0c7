// Entry of the parse worker thread: the server runs TypeScript through tsx, and a worker starts without the
// loader its parent registered, so it registers its own before loading parse-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
