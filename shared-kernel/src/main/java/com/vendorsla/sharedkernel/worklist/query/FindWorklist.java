package com.vendorsla.sharedkernel.worklist.query;

/**
 * What needs someone's action now across the portfolio (open termination rights, disputed credits, months ended but
 * not closed, annual reviews due, open and overdue renegotiations, ongoing outages, suspended webhook subscriptions,
 * notices not sent), answered by a {@link WorklistView}.
 * {@code vendorId} (optional) narrows every list to the agreements that vendor is party to now.
 */
public record FindWorklist(String vendorId) {
}
