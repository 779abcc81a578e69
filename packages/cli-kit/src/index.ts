export { UsageError } from './usage-error.js';
export { parseWholeNumber, wholeNumber } from './numbers.js';
export {
  readAll,
  credentialSources,
  resolveCredentials,
  type CredentialFlags,
  type Credentials,
  type CredentialSources,
} from './credentials.js';
export {
  showControls,
  showControlsKeepingLines,
  showingControls,
  terminalOf,
  type TerminalStream,
} from './terminal-text.js';
export {
  checkUrl,
  LOGIN_FRONT,
  confluenceState,
  describeAnswer,
  isRunningConfluence,
  judgeStatus,
  looksLikeLogin,
  networkCause,
  redirectNote,
  redirectedAway,
  seenAnswerOf,
  shownUrl,
  type SeenAnswer,
  type StatusVerdict,
} from './first-minute.js';
export { checkWritable, fileError, makeFolders } from './files.js';
