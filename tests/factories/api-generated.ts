import { generateDataset } from '../../mock-api/dataset/generate';
import type { Dataset } from '../../mock-api/dataset/model';

/** The dataset's fixed "now" in API tests, so that overdue states do not drift with the calendar. */
export const TEST_AS_OF = new Date('2026-09-30T23:59:59+08:00');

/** The real generated default dataset, with fewer violations so that a test file starts fast. */
export function generatedTestDataset(violations = 5_000): Dataset {
  return generateDataset({ violations, asOf: TEST_AS_OF });
}

/** A clock just after the dataset's as-of instant. */
export const testNow = () => new Date(TEST_AS_OF.getTime() + 3_600_000);
