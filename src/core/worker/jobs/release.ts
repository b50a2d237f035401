/** 'release': frees the model kept under a handle (false when that handle is no longer held). */
import type { Job } from '../job';

export const releaseJob: Job<'release'> = ({ modelHandle }, { session }) => ({ released: session.models.release(modelHandle) });
