/** 'init-backend': picks and initialises the tfjs backend (preferred one, else the core's order) and says why. */
import { initBackend } from '../../backend';
import type { Job } from '../job';

export const initBackendJob: Job<'init-backend'> = async ({ options }) => ({ choice: await initBackend(options) });
