// foldName, remembered: resolution folds the same catalog names and surfaces over and over for every mention.
import { remembered } from '../remember';
import { foldName } from '../slug';

/** `foldName`, remembered (bounded). */
export const fold = remembered(foldName);
