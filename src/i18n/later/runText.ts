import { addEnglish } from '../index';
import { runLaterEn } from '../parts/run.later.en';

/**
 * The English of the run keys only lazily loaded parts use (parts/run.later.en.ts). Each module
 * that uses one imports this file, so the words arrive with the first of them and not with the
 * first page; `later.test.ts` checks it. The Ukrainian has every key already.
 */
addEnglish(runLaterEn);
