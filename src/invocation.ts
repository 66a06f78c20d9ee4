/**
 * A command as dispatch runs it: its name (`brief ask`) and raw options, not yet validated. Every
 * adapter turns what its platform sends into one, and every action a reply offers carries one.
 */
export interface Invocation {
  command: string;
  options: Record<string, unknown>;
}
