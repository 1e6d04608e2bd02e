/** Where the learner's progress is saved (`progress.ts` reads and writes it; the first page only asks whether it exists). */
export const PROGRESS_KEY = 'apip:learning';
