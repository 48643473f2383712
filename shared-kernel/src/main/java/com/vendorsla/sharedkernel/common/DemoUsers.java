package com.vendorsla.sharedkernel.common;

import java.util.List;

/**
 * The demo users of the embedded default (api.md, Auth): each has its name as password. They exist only in
 * the demo profile; both sides read this one list so that standalone and split topologies agree.
 */
public final class DemoUsers {

    public record DemoUser(String username, Role role) {
        public String password() {
            return username;
        }
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("manager", Role.VENDOR_MANAGER),
            new DemoUser("legal", Role.LEGAL),
            new DemoUser("auditor", Role.AUDITOR),
            new DemoUser("admin", Role.ADMIN));

    private DemoUsers() {
    }
}
