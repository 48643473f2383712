package com.vendorsla.query.replay;

/**
 * Another query-side instance holds a segment of the read model (409): a replay resets every segment's token, which
 * only the instance holding a segment's claim may do. Nothing was changed.
 */
public class ReplayBlocked extends RuntimeException {

    public ReplayBlocked(String processingGroup, String reason) {
        super("the replay of " + processingGroup + " did not start, nothing was changed: " + reason + ". A replay runs "
                + "on one query-side instance: ask it when no other instance works on " + processingGroup + " (stop the "
                + "others; one killed gives its segments up after the claim timeout, 10 s)", null, false, false);
    }
}
