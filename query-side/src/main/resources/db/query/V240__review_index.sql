-- Annual reviews (query side, processing group "review-index"): which agreements, vendors and closed periods exist,
-- and which reviews fell due or were completed. The review report and the portfolio fold the figures themselves
-- from the event store; these tables only say where to look and list the reviews. Rebuilt by replay.

CREATE TABLE review_agreement (
    agreement_id VARCHAR(60)  NOT NULL,
    vendor_id    VARCHAR(60)  NOT NULL,
    title        VARCHAR(300) NOT NULL,
    CONSTRAINT review_agreement_pk PRIMARY KEY (agreement_id)
);

CREATE TABLE review_vendor (
    vendor_id VARCHAR(60)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    CONSTRAINT review_vendor_pk PRIMARY KEY (vendor_id)
);

-- One row per closed period: the year's agreements and the months worth reading for the portfolio.
CREATE TABLE review_period (
    period_id    VARCHAR(60) NOT NULL,
    agreement_id VARCHAR(60) NOT NULL,
    vendor_id    VARCHAR(60) NOT NULL,
    year         INTEGER     NOT NULL,
    month        INTEGER     NOT NULL,
    CONSTRAINT review_period_pk PRIMARY KEY (period_id)
);
CREATE INDEX review_period_year_idx ON review_period (year, agreement_id);

-- Reviews that fell due or were completed; "version" is the review aggregate's sequence number.
CREATE TABLE review_schedule (
    review_id       VARCHAR(60)              NOT NULL,
    agreement_id    VARCHAR(60)              NOT NULL,
    year            INTEGER                  NOT NULL,
    due_on          DATE,
    completed_at    TIMESTAMP WITH TIME ZONE,
    completed_by    VARCHAR(200),
    revision_opened INTEGER,
    version         BIGINT                   NOT NULL,
    CONSTRAINT review_schedule_pk PRIMARY KEY (review_id)
);
CREATE INDEX review_schedule_due_idx ON review_schedule (due_on);
