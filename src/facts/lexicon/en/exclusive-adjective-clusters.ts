/**
 * WordNet 3.1 adjective clusters whose satellites are values of one scale, each excluding the others: "first"
 * and "second" are both "similar to" the head "ordinal", yet a report that says "the second victim" where
 * another says "the first" disagrees with it. In other clusters, satellites of one head are near-synonyms
 * ("huge" / "enormous" under "large"). Entries are `lemma.a.N`, the N-th adjective sense in index.adj.
 */
export const EXCLUSIVE_ADJECTIVE_CLUSTERS: readonly string[] = [
  'ordinal.a.02', // being or denoting a numerical order in a series: first, second, third, 1st, 2nd, …
  'cardinal.a.02', // being or denoting a numerical quantity but not order: one, two, three, …
];
