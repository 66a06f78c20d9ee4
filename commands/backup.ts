import { z } from 'zod';
import { plainText } from '../src/fields';
import { checkNewFile, toWriteRefusal } from '../src/new-file';
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
  options: [{ name: 'file', description: 'Where to write the copy', type: 'string', required: true, positional: true, rest: true }],
  input: z.object({ file: plainText(1000) }),
  async run({ services }, { file }) {
    checkNewFile(file, BACKUP);
    try {
      await services.base.health.backup(file);
    } catch (error) {
      throw toWriteRefusal(error, file, BACKUP);
    }
    return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text: `Backed up the fact base to ${file}. To restore, stop briefbot and point BRIEFBOT_DB at it.` }], data: { file } };
  },
});
