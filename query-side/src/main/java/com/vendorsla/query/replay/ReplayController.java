package com.vendorsla.query.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * Rebuilding read models (ADMIN). Served by the query side for every method: in the split topology the gateway
 * routes {@code /api/admin/replays} here, writes included.
 */
@RestController
@RequestMapping("/api/admin/replays")
@Tag(name = "Operations")
public class ReplayController {

    private final ProjectionReplays replays;

    public ReplayController(ProjectionReplays replays) {
        this.replays = replays;
    }

    @GetMapping
    @Operation(operationId = "listReplays", summary = "The read models that can be rebuilt, with where each stands",
            description = "One entry per read model (processing group) of this instance, as GET "
                    + "/api/admin/replays/{processingGroup} answers it. ADMIN only: any other role gets 403.")
    public List<ReplayProgress> list() {
        return replays.all();
    }

    @GetMapping("/{processingGroup}")
    @Operation(summary = "Progress of a read model's processor: status, position against the store's head, segments",
            description = "status is REPLAYING, CAUGHT_UP, CATCHING_UP, STOPPED or ERROR; percent is how far a replay "
                    + "has come towards replayUntil; while a replay this instance started runs, eventsPerSecond is "
                    + "its pace so far, and secondsLeft and expectedFinishAt say when it is done at that pace; "
                    + "lastReplay is the last replay this instance ran (who asked, when, how long, why it failed). "
                    + "An unknown processing group answers 404. ADMIN only: any other role gets 403.")
    public ReplayProgress progress(@PathVariable String processingGroup) {
        return replays.progress(processingGroup);
    }

    @PostMapping("/{processingGroup}")
    @Operation(summary = "Rebuild a read model from the event store",
            description = "Empties the read model and replays every event into it. Answers 202 at once; follow "
                    + "the Location. 404 for an unknown read model, 409 while a replay of it is running (REPLAY_RUNNING) or "
                    + "while another query-side instance holds a segment of it (REPLAY_BLOCKED; nothing is changed).")
    public ResponseEntity<ReplayProgress> replay(@PathVariable String processingGroup, Authentication user) {
        ReplayProgress progress = replays.start(processingGroup, user == null ? "anonymous" : user.getName());
        return ResponseEntity.accepted().location(URI.create("/api/admin/replays/" + processingGroup)).body(progress);
    }

    @ExceptionHandler(ReplayRunning.class)
    ResponseEntity<ProblemDetail> running(ReplayRunning e) {
        return conflict("REPLAY_RUNNING", e.getMessage());
    }

    @ExceptionHandler(ReplayBlocked.class)
    ResponseEntity<ProblemDetail> blocked(ReplayBlocked e) {
        return conflict("REPLAY_BLOCKED", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> conflict(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        problem.setType(URI.create("https://vendor-sla.example/problems/" + code.toLowerCase().replace('_', '-')));
        problem.setProperty("code", code);
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
