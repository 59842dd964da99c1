import { AppError } from '../errors/app-error.js';
import { type Actor } from './actor.js';

/** Whether the caller is an admin viewing a partner's portal ("View as partner"): it reads, never writes. */
export const isReadOnlyView = (actor: Actor | undefined): boolean =>
  actor?.kind === 'partner' && actor.viewedByAdminId !== undefined;

const MESSAGE = 'You are viewing this partner’s portal read-only; nothing can be changed.';

export const readOnlyViewError = () => new AppError('READ_ONLY_VIEW', MESSAGE);

/** For write routes outside GraphQL (uploads): refuses a read-only view with `READ_ONLY_VIEW`. */
export function refuseReadOnlyView(actor: Actor): void {
  if (isReadOnlyView(actor)) throw readOnlyViewError();
}
