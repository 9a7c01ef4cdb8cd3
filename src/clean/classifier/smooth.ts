import type { LineFacts } from './page.js';

/**
 * Context smoothing after the model (jusText's last step, for lists): the items of a list are what the line that
 * leads into them is. "They took these items from the house:" over "- 2 black gloves", "- 1 laptop": when the
 * lead-in is article, so is the list; a list under a menu label stays with the menu.
 */

/**
 * For each line, the index of the lead-in whose verdict it follows, or -1: an item of a list whose nearest line
 * above that is not an item is a sentence ending open (":"). One pass over the page.
 */
export function listLeadIns(lines: readonly LineFacts[]): number[] {
  const leads = new Array<number>(lines.length).fill(-1);
  let lead = -1;
  lines.forEach((line, i) => {
    if (!line.listItem) {
      lead = line.endsOpen && line.words >= 4 && line.functionShare > 0 ? i : -1;
      return;
    }
    leads[i] = lead;
  });
  return leads;
}

/** The probabilities with every list item given its lead-in's (when that is lower). */
export function smoothed(probabilities: readonly number[], leads: readonly number[]): number[] {
  return probabilities.map((p, i) => {
    const lead = leads[i] ?? -1;
    return lead < 0 ? p : Math.min(p, probabilities[lead] ?? p);
  });
}
