import { createSourceStatusCommand } from './source-status-command';

/** Restores a retracted source. */
export default createSourceStatusCommand({ name: 'restore', description: 'Restore a retracted source', example: { id: 'S3' } });
