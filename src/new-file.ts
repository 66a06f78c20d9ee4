import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from './user-error';

/** What a command writes, for the messages (`backup`, `note`), with a file name to offer as an example. */
export interface NewFileKind {
  noun: string;
  example: string;
}

const existsRefusal = (file: string, kind: NewFileKind): UserError =>
  new UserError(`${file} exists already; choose a new file name so no earlier ${kind.noun} is overwritten, e.g. ${kind.example}.`, 'file-exists');

function folderProblem(folder: string): string | undefined {
  if (!existsSync(folder)) return `the folder ${folder} does not exist. Create it first (mkdir -p ${folder}) or name a file in a folder that exists`;
  if (!statSync(folder).isDirectory()) return `${folder} is a file, not a folder. Name a file inside a folder`;
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `the folder ${folder} cannot be written to (permission denied). Choose a folder you can write to`;
  }
  return undefined;
}

/**
 * Refuses, before any work, a file that cannot be created: one that exists (nothing is ever
 * overwritten), one in a missing folder, or in a folder that cannot be written to. Each refusal
 * says what to do, with an example file name.
 */
export function checkNewFile(file: string, kind: NewFileKind): void {
  if (existsSync(file)) throw existsRefusal(file, kind);
  const problem = folderProblem(dirname(resolve(file)));
  if (problem) throw new UserError(`Cannot write the ${kind.noun} to ${file}: ${problem}, e.g. ${kind.example}.`, 'file-unwritable');
}

/** A failure while writing the file (the disk filled up, the folder went away) as a refusal saying so. */
export function toWriteRefusal(error: unknown, file: string, kind: NewFileKind): UserError {
  const code = (error as { code?: unknown }).code;
  if (code === 'EEXIST') return existsRefusal(file, kind);
  const problem = folderProblem(dirname(resolve(file)));
  const reason = problem ?? `${(error as Error).message ?? String(error)}. Check the disk has room and try again`;
  return new UserError(`Cannot write the ${kind.noun} to ${file}: ${reason}, e.g. ${kind.example}.`, 'file-unwritable');
}
