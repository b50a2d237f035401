/**
 * Fixed values of this demo that its manifest (at build time) and its island (in the browser) both read: the URL
 * prefix and the limits of its settings. Plain values, no imports, so the island never loads the manifest's props
 * schema and descriptions.
 */
export const URL_PREFIX = 'tp';
export const MAX_EPOCHS = 1000;
/** Hidden layers: at most MAX_LAYERS, each 1 to MAX_WIDTH units (prop `hidden`, URL tp.h and the widths field). */
export const MAX_WIDTH = 64;
export const MAX_LAYERS = 4;
export const HIDDEN_LIMITS = { min: 1, max: MAX_WIDTH, maxLength: MAX_LAYERS } as const;
/** One range per field for the prop and the URL value. lr 0 and huge rates are allowed in the URL so the demo can explain them. */
export const LR_RANGE = { min: 0, max: 1e6 } as const;
/** The slider's span: a log slider cannot reach 0, and 1e-4..10 covers the rates worth trying; the URL may go beyond. */
export const LR_SLIDER = { min: 1e-4, max: 10 } as const;
/** Rows per step; a batch larger than the training set is used as the full batch, with a message. */
export const BATCH_RANGE = { min: 1, max: 100_000 } as const;
export const EPOCHS_RANGE = { min: 1, max: MAX_EPOCHS } as const;
/** L2 penalty 0.5 * l2 * sum of squared kernel weights. */
export const L2_RANGE = { min: 0, max: 10 } as const;
