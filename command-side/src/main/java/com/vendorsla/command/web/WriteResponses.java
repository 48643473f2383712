package com.vendorsla.command.web;

import com.vendorsla.sharedkernel.common.WriteResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** api.md: every write answers {@code {id, version}} with {@code ETag: "version"}; creates answer 201 with Location. */
public final class WriteResponses {

    private WriteResponses() {
    }

    public static ResponseEntity<WriteResult> created(String location, WriteResult result) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(location))
                .eTag(etag(result.version()))
                .body(result);
    }

    public static ResponseEntity<WriteResult> ok(WriteResult result) {
        return ResponseEntity.ok().eTag(etag(result.version())).body(result);
    }

    public static <T> ResponseEntity<T> ok(WriteResult result, T body) {
        return ResponseEntity.ok().eTag(etag(result.version())).body(body);
    }

    public static <T> ResponseEntity<T> created(String location, WriteResult result, T body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(location))
                .eTag(etag(result.version()))
                .body(body);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
