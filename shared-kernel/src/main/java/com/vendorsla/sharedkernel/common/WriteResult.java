package com.vendorsla.sharedkernel.common;

/** What every write answers (api.md): the aggregate's id and its sequence number after the write. */
public record WriteResult(String id, long version) {
}
