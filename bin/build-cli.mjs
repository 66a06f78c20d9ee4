// Compiles the one-shot CLI (app/cli.ts and what it imports) into one ES module, dist/cli.js. Run
// by `npm install` (the prepare script) and by bin/briefbot.mjs when a source has changed since.
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, ending in a separator. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTDIR = `${ROOT}dist/`;
/** The compiled CLI, and the list of sources it was built from. */
export const OUTFILE = `${OUTDIR}cli.js`;
export const METAFILE = `${OUTDIR}cli.meta.json`;

// Loaded from node_modules rather than bundled: the native SQLite addon, pino (its transports run
// in worker threads that load files by name) and the platform libraries, which only the set-up
// commands' own chunks import.
const EXTERNAL = ['better-sqlite3', 'pino', 'pino-pretty', 'discord.js', '@discordjs/*', '@slack/*', 'ws'];

// Modules find their data (migrations, seed files) beside themselves through import.meta.url; in
// one bundle every module would see dist/ instead, so each keeps its own address, relative to dist/.
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromDist = relative(dirname(OUTFILE), path).split('\\').join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

// Written beside the target and renamed over it, so a CLI started meanwhile never reads half a file.
async function replaceFile(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

/**
 * Builds dist/cli.js; packages stay in node_modules and load from there. Modules the CLI imports
 * only when needed (the Slack and Discord set-up commands) go into chunks of their own, so their
 * platform libraries are not loaded for every command.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { cli: `${ROOT}app/cli.ts` },
    outdir: OUTDIR,
    bundle: true,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // Bundled CommonJS packages (prom-client, csv-parse …) still call require for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    absWorkingDir: ROOT,
    metafile: true,
    write: false,
    logLevel: 'warning',
    plugins: [keepModuleUrls],
  });
  await mkdir(OUTDIR, { recursive: true });
  // Chunks first and the entry last: the entry only ever names chunks that are already there.
  const outputs = [...result.outputFiles].sort((a, b) => Number(a.path === OUTFILE) - Number(b.path === OUTFILE));
  for (const output of outputs) await replaceFile(output.path, output.contents);
  await replaceFile(METAFILE, JSON.stringify({ inputs: Object.keys(result.metafile.inputs) }));
  const kept = new Set([...outputs.map((output) => output.path), METAFILE]);
  const stale = (await readdir(OUTDIR)).map((name) => OUTDIR + name).filter((path) => !kept.has(path) && !path.endsWith('.tmp'));
  await Promise.all(stale.map((path) => rm(path, { force: true })));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
