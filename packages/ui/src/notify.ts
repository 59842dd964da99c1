import { notifications } from '@mantine/notifications';
import { problemOf } from './graphql-errors.js';

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', title: 'Done', message });
}

/** Shows an API error (its human message) as a red notification. */
export function notifyError(error: unknown) {
  const problem = problemOf(error);
  notifications.show({ color: 'red', title: 'Not done', message: problem.message });
}
