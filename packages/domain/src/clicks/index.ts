export type { ClickVerdict, RawClick } from './click.types.js';
export {
  UNIQUE_CLICK_WINDOW_MS,
  classifyClicks,
  isBotUserAgent,
  isUniqueClick,
  uniqueClickKey,
} from './click-rules.js';
