/** "5 people from 3 organisations": the demand signal in words. */
export function demandText(people: number, organisations: number): string {
  const p = `${people.toLocaleString("en-GB")} ${people === 1 ? "person" : "people"}`;
  const o = `${organisations.toLocaleString("en-GB")} ${organisations === 1 ? "organisation" : "organisations"}`;
  return people === 0 ? "No endorsements yet" : `${p} from ${o}`;
}
