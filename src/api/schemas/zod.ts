import * as z from 'zod/mini';
import { en } from 'zod/locales';

// The schemas use zod/mini (a fraction of zod's weight in the first screen's JavaScript). It ships no
// messages; English ones, for the config and response problems that a person reads in the console.
z.config(en());

export { z };
