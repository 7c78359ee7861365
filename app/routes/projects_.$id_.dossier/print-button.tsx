import { useEffect, useState } from "react";
import { Button } from "~/components/ui/button";

/**
 * "Print this dossier", once the page has hydrated: without JavaScript the button could do
 * nothing, and the browser's own print works anyway.
 */
export function PrintButton() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!hydrated) return null;
  return (
    <Button type="button" variant="secondary" className="mt-3 print:hidden" onClick={() => window.print()}>
      Print this dossier
    </Button>
  );
}
