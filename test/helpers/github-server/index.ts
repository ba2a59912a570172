export { GitHubServer, type Fault, type GitHubServerOptions, type LoggedRequest } from './server.js'
export type { PullState, IssueState, CommentState, ReleaseState, MilestoneState } from './state.js'
