/** Who makes a change, from where and when: stamped on revisions and audit entries. */
export interface Actor {
  /** `platform:userId`, e.g. `slack:U123`. */
  by: string;
  platform: string;
  displayName: string;
  /** ISO timestamp of the change. */
  at: string;
}
