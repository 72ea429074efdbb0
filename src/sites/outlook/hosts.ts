/**
 * The Outlook on the web origins Rebound's content script runs on (manifest.config.ts builds its
 * matches from this list) and the only ones whose messages the worker takes as Outlook's.
 */
export const OUTLOOK_ORIGINS = ['https://outlook.live.com', 'https://outlook.office.com', 'https://outlook.office365.com'] as const
