/**
 * Fixed values of the number-format explorer that its manifest (at build time) and its island (in the browser) both
 * read: the URL prefix and the limits of its settings. Plain values, no imports, so the island never loads the
 * manifest's props schema and descriptions.
 */
export const URL_PREFIX = 'nf';

/** The typed number: long enough for "-1.2345678901234567e-300", short enough to keep a shared link readable. */
export const MAX_INPUT_LENGTH = 40;

/** Standard deviation of the generated weights (a trained layer's weights are mostly 0.01 to 0.1). */
export const STD_RANGE = { min: 0.001, max: 10 } as const;

/** The optional outlier weight as a multiple of the standard deviation (0 = none; outlier features in LLMs reach about 100x). */
export const OUTLIER_RANGE = { min: 0, max: 200 } as const;

/** Weights in the generated tensor: enough for a smooth histogram, few enough to round on every keystroke. */
export const WEIGHT_COUNT = 4096;

export const SEED_RANGE = { min: 0, max: 999999 } as const;
