/**
 * The ten class scores lesson 08's softmax figure starts from: a network sure it sees a 7, with a
 * small doubt about 1. Data, so the figure and its tests read the same numbers.
 */
export const START_SCORES = [0.2, 2.1, -0.4, 0.9, -1.2, 0.3, -0.8, 4.5, 1.1, 0.5] as const;
