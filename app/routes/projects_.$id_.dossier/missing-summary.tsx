import type { DossierData } from "./route";

/** Every dossier item that is not done yet, with what it needs: what an assessor would ask for first. */
export function MissingSummary({ dossier }: { dossier: DossierData }) {
  const { missing } = dossier;
  return (
    <section aria-labelledby="missing-heading" className="mb-8 rounded-lg border-2 border-ink p-4 break-inside-avoid">
      <h2 id="missing-heading" className="text-xl">
        {missing.length === 0
          ? "Nothing is missing"
          : `${missing.length} ${missing.length === 1 ? "item is" : "items are"} missing`}
      </h2>
      {missing.length === 0 ? (
        <p className="mt-1">Every item below is met or agreed not to apply, and verified where it needs a verifier.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {missing.map((item) => (
            <li key={item.key}>
              <a href={`#item-${item.key}`} className="font-semibold">
                {item.code}: {item.label}
              </a>
              <span className="block">
                <strong>Missing:</strong> {item.need}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
