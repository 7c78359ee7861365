// A project's screenshots: how many, and how large, without zod, so that the submission form can
// say so without loading the schema that checks them (decision 0064).

/** The most screenshots a project can have. */
export const MAX_SCREENSHOTS = 5;
/** The largest screenshot file, in bytes. */
export const MAX_SCREENSHOT_BYTES = 2 * 1024 * 1024;
