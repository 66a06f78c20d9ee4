import { createSourceDetailCommand } from './source-detail-command';

/** `/brief source <id>`: one source with the facts that cite it. */
export default createSourceDetailCommand('brief', 'source');
