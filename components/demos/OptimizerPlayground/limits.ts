/**
 * Fixed values of this demo that its manifest (at build time) and its island (in the browser) both read: the URL
 * prefix and the limits of its settings. Plain values, no imports, so the island never loads the manifest's props
 * schema and descriptions.
 */
export const URL_PREFIX = 'op';
export const MAX_OPTIMIZERS = 4;
/**
 * The learning rate's range, for the `lr` prop and the URL value op.lr alike. The URL may say 0 (the demo explains
 * that nothing moves); an entry must give a rate above 0. Huge rates are allowed so the demo can show divergence.
 */
export const LR_RANGE = { min: 0, max: 1e6 } as const;
/**
 * The slider's span is narrower on purpose: a log slider cannot reach 0, and 1e-4..2 covers every rate that shows
 * something on these functions at a useful resolution. A URL value outside it is shown as it is (see LogSlider).
 */
export const LR_SLIDER = { min: 1e-4, max: 2 } as const;
/** The matrix panel's learning rates (each optimizer its own; the sliders span the same range) and step budget. */
export const MATRIX_LR_RANGE = { min: 1e-4, max: 2 } as const;
export const MATRIX_STEPS_RANGE = { min: 10, max: 500 } as const;

/**
 * The start point's coordinates (URL op.x0). Every test function is drawn within +-10; a start up to 100 away still
 * runs (it shows divergence or a long approach), while 1e308 would overflow the loss to Infinity at step 0.
 */
export const START_RANGE = { min: -100, max: 100 } as const;
