#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so that the package needs no build step to start.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
