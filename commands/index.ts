import aliasAdd from './alias-add';
import aliasRemove from './alias-remove';
import ask from './ask';
import backup from './backup';
import type { CommandDefinition } from './definition';
import digest from './digest';
import digestSave from './digest-save';
import entity from './entity';
import exportBase from './export';
import fact from './fact';
import factAdd from './fact-add';
import factEdit from './fact-edit';
import factHistory from './fact-history';
import factReport from './fact-report';
import factRestore from './fact-restore';
import factRetract from './fact-retract';
import factRevert from './fact-revert';
import factSuggest from './fact-suggest';
import { createHelpCommand } from './help';
import importBase from './import';
import reviewApprove from './review-approve';
import reviewDismiss from './review-dismiss';
import reviewGaps from './review-gaps';
import reviewList from './review-list';
import reviewReject from './review-reject';
import search from './search';
import source from './source';
import sourceAdd from './source-add';
import sourceCandidates from './source-candidates';
import sourceEdit from './source-edit';
import sourceRestore from './source-restore';
import sourceRetract from './source-retract';
import sourceShow from './source-show';
import sources from './sources';
import stats from './stats';
import timeline from './timeline';
import { withGapClosing } from '../src/feedback/close-gaps';
import { withAskRecording } from '../src/feedback/record-ask';
import type { CommandSpec } from '../src/command-spec';
import { toCommandSpec } from '../src/option-specs';

/** Every command, in the order help lists them: questions and views first, then moderation. */
export const commands = [
  withAskRecording(ask),
  search,
  fact,
  timeline,
  entity,
  digest,
  digestSave,
  sources,
  source,
  stats,
  createHelpCommand(() => commandSpecs),
  withGapClosing(factAdd),
  factSuggest,
  withGapClosing(factEdit),
  factRetract,
  withGapClosing(factRestore),
  factHistory,
  factRevert,
  factReport,
  reviewList,
  withGapClosing(reviewApprove),
  reviewReject,
  reviewDismiss,
  reviewGaps,
  sourceAdd,
  sourceEdit,
  sourceShow,
  sourceCandidates,
  sourceRetract,
  sourceRestore,
  aliasAdd,
  aliasRemove,
  importBase,
  exportBase,
  backup,
] as const satisfies readonly CommandDefinition[];

/** The same commands as read-only data, options derived from each input: what adapters are handed. */
export const commandSpecs: readonly CommandSpec[] = Object.freeze(commands.map(toCommandSpec));
