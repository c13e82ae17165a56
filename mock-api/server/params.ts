import { HttpProblem } from './problem';

// The parameter schemas are the contract's (src/api/schemas/params.ts), shared with the client; here are
// the server's own rules about parameters.

/** Longer path parameters are refused by the router itself (414), before the Id check. */
export const MAX_PARAM_LENGTH = 100;

/** Days from..to must be in order: a 400 naming `from` otherwise. */
export function assertWindowInOrder(from?: string, to?: string): void {
  if (from && to && from > to) {
    throw new HttpProblem(400, "Invalid query parameter 'from': from is after to.", { errors: [{ name: 'from', reason: 'from is after to' }] });
  }
}
