/** What attribution needs to know of a program to choose it. */
export interface ProgramRank {
  readonly id: string;
  /** Lower wins. */
  readonly priority: number;
  readonly createdAt: Date;
}

/**
 * The program whose attribution settings (cookie window, first/last/split, permanent referral, IP window)
 * decide an event that does not name one: the lowest priority number, then the oldest, then the smallest
 * id, so the choice never depends on storage order. Null when there is no program.
 */
export function defaultAttributionProgram<T extends ProgramRank>(programs: readonly T[]): T | null {
  let best: T | null = null;
  for (const program of programs) {
    if (
      best === null ||
      program.priority < best.priority ||
      (program.priority === best.priority &&
        (program.createdAt.getTime() < best.createdAt.getTime() ||
          (program.createdAt.getTime() === best.createdAt.getTime() && program.id < best.id)))
    ) {
      best = program;
    }
  }
  return best;
}
