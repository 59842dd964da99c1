import { Text } from '@mantine/core';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface DateTimeTextProps {
  /** An ISO 8601 date-time from the API, or null. */
  value: string | null | undefined;
  /** Also show the time of day. */
  withTime?: boolean;
  /** Shown when there is no value. */
  empty?: string;
}

/** A date (and time) in the viewer's locale; the exact ISO value in the `title`. */
export function DateTimeText({ value, withTime, empty = '—' }: DateTimeTextProps) {
  if (!value) {
    return (
      <Text span inherit c="dimmed">
        {empty}
      </Text>
    );
  }
  const date = new Date(value);
  return (
    <Text span inherit title={value}>
      <time dateTime={value}>{(withTime ? DATE_TIME : DATE).format(date)}</time>
    </Text>
  );
}
