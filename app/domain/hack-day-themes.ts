/** Splits the themes text ("diabetes, frailty; mental health") into tidy themes. */
export function splitThemes(themes: string): string[] {
  return themes
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 20);
}
