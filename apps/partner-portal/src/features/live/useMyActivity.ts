import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import type { MyActivitySubscription } from '../../gql/graphql';
import { MY_ACTIVITY } from './graphql/myActivity';

export type Activity = NonNullable<MyActivitySubscription['myActivity']> & { key: number };

/** How many events the feed keeps. */
export const FEED_LENGTH = 20;

let nextKey = 0;

/** What happens to the signed-in partner while the page is open, newest first (the last 20). */
export function useMyActivity(onActivity?: (activity: Activity) => void) {
  const [feed, setFeed] = useState<Activity[]>([]);
  const { error } = useSubscription(MY_ACTIVITY, {
    onData: ({ data }) => {
      const event = data.data?.myActivity;
      if (!event) return;
      const activity = { ...event, key: nextKey++ };
      setFeed((previous) => [activity, ...previous].slice(0, FEED_LENGTH));
      onActivity?.(activity);
    },
  });
  return { feed, error };
}
