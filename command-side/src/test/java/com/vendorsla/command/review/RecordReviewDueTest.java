package com.vendorsla.command.review;

import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.review.command.RecordReviewDue;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The anniversary raises the review; raising it again or after completion changes nothing. */
class RecordReviewDueTest extends ReviewFixtures {

    @Test
    void givenNothing_whenTheAnniversaryComes_thenTheReviewOfTheYearBeforeIsDue() {
        fixture.givenNoPriorActivity()
                .when(new RecordReviewDue(REVIEW_2025, ANNIVERSARY, DUE_AT))
                .expectEvents(due());
    }

    @Test
    void givenNothing_whenTheAnniversaryComes_thenThePlatformIsRecordedAsTheActor() {
        fixture.givenNoPriorActivity()
                .when(new RecordReviewDue(REVIEW_2025, ANNIVERSARY, DUE_AT))
                .expectEventsMatching(new BaseMatcher<>() {
                    @Override
                    public boolean matches(Object actual) {
                        List<?> events = (List<?>) actual;
                        return events.size() == 1 && events.get(0) instanceof EventMessage<?> message
                                && "system".equals(message.getMetaData().get(AuditMetadata.ACTOR))
                                && "SYSTEM".equals(message.getMetaData().get(AuditMetadata.ROLE));
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("one event recorded with actor system, role SYSTEM");
                    }
                });
    }

    @Test
    void givenTheReviewIsDue_whenTheAnniversaryIsRaisedAgain_thenNothingChanges() {
        fixture.given(due())
                .when(new RecordReviewDue(REVIEW_2025, ANNIVERSARY, DUE_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenTheReviewWasCompletedEarly_whenItFallsDue_thenNothingChanges() {
        fixture.given(completed(null, null, AFTER_DUE.minusSeconds(30L * 86400)))
                .when(new RecordReviewDue(REVIEW_2025, ANNIVERSARY, DUE_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
