#!/usr/bin/env node
// The one-shot CLI, started fast: it runs the compiled bundle with plain node (no TypeScript
// compiler at every call), rebuilding it first when a source it was built from has changed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { METAFILE, OUTFILE, ROOT, buildCli } from './build-cli.mjs';

function isStale() {
  if (!existsSync(OUTFILE) || !existsSync(METAFILE)) return true;
  const built = statSync(OUTFILE).mtimeMs;
  const { inputs } = JSON.parse(readFileSync(METAFILE, 'utf8'));
  return inputs.some((input) => !existsSync(ROOT + input) || statSync(ROOT + input).mtimeMs > built);
}

if (isStale()) await buildCli();
await import(pathToFileURL(OUTFILE).href);
