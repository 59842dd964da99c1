/**
 * A GraphQL enum object built from a domain list of values (`['A', 'B'] -> { A: 'A', B: 'B' }`), so the list
 * itself lives once, in @partnerkit/domain.
 */
export function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}
