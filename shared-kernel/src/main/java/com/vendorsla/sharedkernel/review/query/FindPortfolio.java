package com.vendorsla.sharedkernel.review.query;

/** All vendors ranked for one calendar year, with trends against the year before: a {@link PortfolioView}. */
public record FindPortfolio(int year) {
}
