/** Headline numbers as a definition list: the number large, what it counts beneath. */
export function Figures({ items, label }: { items: { label: string; value: number; href?: string }[]; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {items.map((item) => (
        <div key={item.label} className="flex flex-col-reverse rounded-lg border border-line bg-white p-4">
          <dt className="text-sm text-muted">{item.label}</dt>
          <dd className="text-3xl font-bold tabular-nums text-brand-700">{item.value.toLocaleString("en-GB")}</dd>
        </div>
      ))}
    </dl>
  );
}
