import { addEnglish } from '../index';
import { shareLaterEn } from '../parts/share.later.en';

/**
 * The English of the share keys only lazily loaded parts use (parts/share.later.en.ts). Each module
 * that uses one imports this file, so the words arrive with the first of them and not with the
 * first page; `later.test.ts` checks it. The Ukrainian has every key already.
 */
addEnglish(shareLaterEn);
