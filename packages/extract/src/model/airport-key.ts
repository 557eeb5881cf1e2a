/** How an airport's name is compared: "John F. Kennedy" is written with and without the stops. */
export function airportKey(name: string): string {
  return name.replace(/[.]/g, '').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}
