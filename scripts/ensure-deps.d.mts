/** Types for ensure-deps.mjs, which is plain JavaScript because it runs before anything is installed. */
export declare const STAMP: string
export interface ProjectState {
  hasNodeModules: boolean
  installed: number | undefined
  lock: number | undefined
}
export declare function installReason(state: ProjectState): string | undefined
export declare function projectState(root: string): ProjectState
