import { createSourceDetailCommand } from './source-detail-command';

/** `/source show <id>`: one source with the facts that cite it. */
export default createSourceDetailCommand('source', 'show');
