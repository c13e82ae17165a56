import * as z from 'zod/mini';
import { en } from 'zod/locales';

// The app's schemas (the API contract, the runtime config) use zod/mini: a fraction of classic zod's
// weight in the first screen's JavaScript. It ships no messages; English ones, for the config and
// response problems that a person reads in the console.
z.config(en());

export { z };
