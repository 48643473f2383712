package com.vendorsla.query.notices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** GET /api/notices (api.md, Notifications and integration events): the notices sent, oldest first. */
@RestController
@RequestMapping("/api/notices")
@Tag(name = "Notices")
public class NoticeQueryController {

    static final int LIMIT = 1000;

    private final NoticeViews views;

    public NoticeQueryController(NoticeViews views) {
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Notices sent: {id, kind, recipients[], subject, relatedTo, sentAt, dueOn?, mailed}",
            description = "relatedTo narrows to one agreement, month, credit, review or subscription id; from (inclusive) "
                    + "and to (exclusive) to a span of sentAt. At most 1000, oldest first. mailed is false where the "
                    + "platform runs without a mail server (the notice was recorded, not mailed).")
    public List<NoticeViews.NoticeView> notices(@RequestParam(required = false) String relatedTo,
                                                @RequestParam(required = false) Instant from,
                                                @RequestParam(required = false) Instant to) {
        return views.find(relatedTo == null || relatedTo.isBlank() ? null : relatedTo,
                from == null ? Instant.parse("0001-01-01T00:00:00Z") : from,
                to == null ? Instant.parse("9999-12-31T23:59:59Z") : to, LIMIT);
    }
}
