import * as z from 'zod';
import { plainText } from '../src/fields';
import { checkNewFile, toWriteRefusal } from '../src/new-file';
import { option } from '../src/option-meta';
import { toBackupProblem } from '../src/store-errors';
import { defineCommand } from './definition';

const BACKUP = { noun: 'backup', example: './briefbot-backup.db' };

/** Writes a consistent copy of the database with SQLite's online backup, while the bot runs. */
export default defineCommand({
  group: 'brief',
  name: 'backup',
  description: 'Copy the database to a file (safe while running)',
  example: { file: 'backups/briefbot-2026-12-01.db' },
  access: 'moderator',
  platforms: ['terminal', 'cli'],
  input: z.object({ file: option(plainText(1000), { description: 'Where to write the copy', positional: true, rest: true }) }),
  async run({ services }, { file }) {
    checkNewFile(file, BACKUP);
    try {
      await services.base.health.backup(file);
    } catch (error) {
      throw toBackupProblem(error) ?? toWriteRefusal(error, file, BACKUP);
    }
    return {
      visibility: 'private',
      blocks: [{ kind: 'notice', level: 'info', text: `Backed up the fact base to ${file}. To restore, stop briefbot and point BRIEFBOT_DB at it.` }],
      data: { file },
    };
  },
});
