/**
 * The period calculations of domain.md ("Measuring a period", "Service credits", "Earn-back", "Termination
 * rights") as pure functions over immutable records.
 * <p>
 * Why pure: the aggregate stores every result record in its events, so an auditor can recompute a credit from the
 * event alone, and replaying events never depends on the clock, the database or a random id. Nothing here reads
 * the current time; every instant and time zone comes in as an argument.
 * <p>
 * Resolution: time is counted in whole seconds (sub-second parts of instants are dropped), so every count is an
 * exact {@code long} and every comparison with a target is exact.
 */
package com.vendorsla.sharedkernel.performance.calc;
