/**
 * Turns what a person types into a prefix tsquery ("lukash pes" -> "lukash:* & pes:*"), so results
 * appear while typing. Only letters and digits pass: tsquery operators in the input are never parsed.
 * Null when the input has no word at all.
 */
export function toPrefixQuery(input: string): string | null {
  const words =
    input
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 12) ?? [];
  return words.length ? words.map((word) => `${word.toLowerCase()}:*`).join(' & ') : null;
}
