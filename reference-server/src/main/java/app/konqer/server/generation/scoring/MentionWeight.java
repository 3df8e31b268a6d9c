package app.konqer.server.generation.scoring;

/**
 * Points for a kind of mention: the first one, each further one, and how many count at most.
 *
 * @param first points for the first mention
 * @param further points for each further mention
 * @param maxCounted how many mentions earn points
 */
record MentionWeight(int first, int further, int maxCounted) {

  int points(int mentions) {
    int counted = Math.min(mentions, maxCounted);
    return counted == 0 ? 0 : first + (counted - 1) * further;
  }
}
