package com.vendorsla.command.notices;

import com.vendorsla.sharedkernel.notices.NoticeId;
import com.vendorsla.sharedkernel.notices.NoticeKind;
import com.vendorsla.sharedkernel.notices.command.RecordNotice;
import com.vendorsla.sharedkernel.notices.command.RecordNoticeFailure;
import com.vendorsla.sharedkernel.notices.command.WithdrawNotice;
import com.vendorsla.sharedkernel.notices.event.NoticeSendFailed;
import com.vendorsla.sharedkernel.notices.event.NoticeSent;
import com.vendorsla.sharedkernel.notices.event.NoticeWithdrawn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

/** A notice's life: sent once; each failed try recorded once; withdrawn only after failures and before it went out. */
class NoticeTest {

    private static final NoticeId ID = NoticeId.forIdentity("SUBSCRIPTION_SUSPENDED|sub-1|evt-1");
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final List<String> ADMIN = List.of("ADMIN");
    private static final List<String> TO = List.of("ops@example.com");

    /** A fresh fixture per given-when-then. */
    private static AggregateTestFixture<Notice> fixture() {
        return new AggregateTestFixture<>(Notice.class);
    }

    private static RecordNoticeFailure failure(int attempt) {
        return new RecordNoticeFailure(ID, NoticeKind.SUBSCRIPTION_SUSPENDED, ADMIN, TO, "suspended", "sub-1", null,
                attempt, "MailSendException: connection refused", T0.plusSeconds(attempt));
    }

    private static NoticeSendFailed failed(int attempt) {
        return new NoticeSendFailed(ID, NoticeKind.SUBSCRIPTION_SUSPENDED, ADMIN, TO, "suspended", "sub-1", null,
                attempt, "MailSendException: connection refused", T0.plusSeconds(attempt));
    }

    private static RecordNotice record() {
        return new RecordNotice(ID, NoticeKind.SUBSCRIPTION_SUSPENDED, ADMIN, TO, "suspended", "sub-1", null, true,
                T0.plusSeconds(60));
    }

    private static NoticeSent sent() {
        return new NoticeSent(ID, NoticeKind.SUBSCRIPTION_SUSPENDED, ADMIN, TO, "suspended", "sub-1", null, true,
                T0.plusSeconds(60));
    }

    @Test
    void givenNothing_whenAFirstTryFails_thenTheFailureIsRecorded() {
        fixture().givenNoPriorActivity().when(failure(1)).expectEvents(failed(1));
    }

    @Test
    void givenAFailure_whenTheSameTryIsRecordedAgain_thenNothingChanges() {
        fixture().given(failed(1)).when(failure(1)).expectNoEvents();
    }

    @Test
    void givenFailures_whenItGoesOut_thenItIsSent_andLaterFailuresOrWithdrawalsChangeNothing() {
        fixture().given(failed(1), failed(2)).when(record()).expectEvents(sent());
        fixture().given(failed(1), sent()).when(failure(2)).expectNoEvents();
        fixture().given(failed(1), sent()).when(new WithdrawNotice(ID, "resolved", T0.plusSeconds(90))).expectNoEvents();
        fixture().given(failed(1), sent()).when(record()).expectNoEvents();
    }

    @Test
    void givenAFailure_whenWhatItIsAboutWasResolved_thenItIsWithdrawn_andNeverSentAfterwards() {
        fixture().given(failed(1)).when(new WithdrawNotice(ID, "resolved", T0.plusSeconds(90)))
                .expectEvents(new NoticeWithdrawn(ID, "resolved", T0.plusSeconds(90)));
        fixture().given(failed(1), new NoticeWithdrawn(ID, "resolved", T0.plusSeconds(90))).when(record())
                .expectNoEvents();
    }
}
