import { Transform } from "node:stream";
import { ERROR_TITLE_PREFIX } from "~/components/ui/error-title";

/**
 * Whether a document answers a form posted without JavaScript with an error (the form shows it):
 * its title then starts with "Error: " (useErrorTitle does the same in the browser).
 */
export function answersFormWithError(request: Request, status: number): boolean {
  return request.method !== "GET" && request.method !== "HEAD" && status >= 400 && status < 500;
}

const OPEN = "<title>";
/** The head, and with it the title, comes first: past this much HTML there is no title to change. */
const LOOK_WITHIN = 64 * 1024;

/**
 * A stream that puts "Error: " at the start of the document's first <title>, and passes
 * everything else through unchanged. It holds back only what could be the start of a split
 * "<title>" tag, until the title is found or the head is past.
 */
export function errorTitleStream(): Transform {
  let pending = "";
  let seen = 0;
  let done = false;
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      if (done) return callback(null, chunk);
      const text = pending + chunk.toString();
      seen += chunk.length;
      const at = text.indexOf(OPEN);
      if (at !== -1) {
        done = true;
        pending = "";
        return callback(null, `${text.slice(0, at + OPEN.length)}${ERROR_TITLE_PREFIX}${text.slice(at + OPEN.length)}`);
      }
      if (seen > LOOK_WITHIN) {
        done = true;
        pending = "";
        return callback(null, text);
      }
      // Keep the tail that may be the beginning of "<title>" for the next chunk.
      const keep = Math.min(OPEN.length - 1, text.length);
      pending = text.slice(text.length - keep);
      callback(null, text.slice(0, text.length - keep));
    },
    flush(callback) {
      callback(null, pending);
    },
  });
}
