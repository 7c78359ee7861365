import { useEffect } from "react";

/** What the page title starts with while a form on it shows an error (the GOV.UK and NHS pattern). */
export const ERROR_TITLE_PREFIX = "Error: ";

/**
 * While `active`, the page title starts with "Error: ", so a screen reader announces the error
 * with the page; put back as it was when the error goes. This covers forms answered in the
 * browser; a form posted without JavaScript gets the prefix from the server (withErrorTitle in
 * app/entry.server.tsx).
 */
export function useErrorTitle(active: boolean) {
  useEffect(() => {
    if (!active || document.title.startsWith(ERROR_TITLE_PREFIX)) return;
    const title = document.title;
    document.title = `${ERROR_TITLE_PREFIX}${title}`;
    return () => {
      if (document.title === `${ERROR_TITLE_PREFIX}${title}`) document.title = title;
    };
  }, [active]);
}
