package com.vendorsla.query.notices;

import com.vendorsla.sharedkernel.notices.event.NoticeSent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** The notices sent, from their events (who was told what, when, about what). */
@Component
@ProcessingGroup(NoticeProjection.NAME)
public class NoticeProjection {

    public static final String NAME = "notice-view";

    private final NoticeViews views;

    public NoticeProjection(NoticeViews views) {
        this.views = views;
    }

    @EventHandler
    void on(NoticeSent event) {
        views.sent(event);
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
