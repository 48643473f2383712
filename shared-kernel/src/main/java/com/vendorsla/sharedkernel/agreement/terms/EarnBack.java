package com.vendorsla.sharedkernel.agreement.terms;

/** A credit is clawed back when its service level is met in each of the next {@code periods} periods; 0 = off. */
public record EarnBack(Integer periods) {

    public boolean enabled() {
        return periods != null && periods > 0;
    }
}
