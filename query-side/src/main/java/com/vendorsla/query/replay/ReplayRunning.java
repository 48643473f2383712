package com.vendorsla.query.replay;

/** A replay of this read model is already under way (409). */
public class ReplayRunning extends RuntimeException {

    public ReplayRunning(String processingGroup) {
        super("a replay of " + processingGroup + " is already running", null, false, false);
    }
}
