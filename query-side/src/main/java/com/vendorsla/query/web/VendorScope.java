package com.vendorsla.query.web;

import com.vendorsla.platform.security.BoundVendor;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.performance.CreditId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * api.md, Auth: a {@code VENDOR} user sees only its own vendor's data. One place decides it for every read, from the
 * route the request matched (its pattern and path variables) and the read model, so no controller needs to know:
 * <ul>
 *   <li>{@code /api/me}: who the user is, its own credentials;</li>
 *   <li>{@code /api/vendors}, {@code /api/agreements}: the lists, narrowed to its vendor by {@link VendorScopedLists}
 *       whatever the filters say;</li>
 *   <li>{@code /api/vendors/{id}/**}: only its own vendor id;</li>
 *   <li>{@code /api/agreements/{id}/**} (detail, as-of, versions, diff, proposals, revisions, periods, credits,
 *       termination rights, renegotiations, reviews…): only an agreement its vendor is party to now, as
 *       {@code agreement_view} says (after an acquisition's assignment, the acquirer's);</li>
 *   <li>{@code /api/credits/{creditId}/**}: the credit's agreement, likewise;</li>
 *   <li>anything else (audit trail, integrity, portfolio reviews, renegotiation lists, the worklist, replays, routes
 *       added later): 403 until someone decides how it is scoped.</li>
 * </ul>
 * Another vendor's resource is 404 exactly as an id never used: the answer never depends on whether it exists.
 * With {@code minVersion}, an agreement not (yet) visible as the user's own is waited for like one the read model
 * does not know yet (up to the read-your-writes limit, then 503), so a vendor reads its own writes.
 */
public class VendorScope implements HandlerInterceptor {

    private static final String QUERY_SIDE = "com.vendorsla.query";

    private enum Subject { SELF, LIST, VENDOR, AGREEMENT, CREDIT }

    private final JdbcTemplate jdbc;
    private final ReadYourWrites readYourWrites;

    VendorScope(JdbcTemplate jdbc, ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.readYourWrites = readYourWrites;
    }

    /** Registers the scope on the query side's routes (in standalone the command side's are left alone). */
    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        private final VendorScope scope;

        Registration(JdbcTemplate jdbc, ReadYourWrites readYourWrites) {
            this.scope = new VendorScope(jdbc, readYourWrites);
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(scope).addPathPatterns("/api/**");
        }
    }

    /** A VENDOR user's request outside what its vendor may see: 403 (see {@link QueryProblemAdvice}). */
    public static class OutsideVendorScope extends RuntimeException {
        OutsideVendorScope() {
            super("your role may not see this", null, false, false);
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith(QUERY_SIDE)) {
            return true;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!BoundVendor.isVendorUser(user)) {
            return true;
        }
        String vendorId = BoundVendor.of(user).orElseThrow(OutsideVendorScope::new);
        String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Subject subject = subjectOf(pattern);
        if (subject == null) {
            throw new OutsideVendorScope();
        }
        Long minVersion = minVersion(request);
        switch (subject) {
            case SELF -> {
                // who the user is: its own credentials, nothing of any vendor's
            }
            case LIST -> {
                // narrowed on the way out: VendorScopedLists
            }
            case VENDOR -> {
                String id = variables.get("id");
                if (!vendorId.equals(id)) {
                    throw new NotFound("vendor", id);
                }
            }
            case AGREEMENT -> requireOwnAgreement(variables.get("id"), vendorId, minVersion,
                    pattern.equals("/api/agreements/{id}"));
            case CREDIT -> {
                String creditId = variables.get("creditId");
                if (!CreditId.isValid(creditId)) {
                    throw new NotFound("credit", creditId);
                }
                requireOwnAgreement(new CreditId(creditId).periodId().agreementId().value(), vendorId, minVersion, false);
            }
        }
        return true;
    }

    /** Whether the request matched one of the lists {@link VendorScopedLists} narrows. */
    static boolean isList(HttpServletRequest request) {
        return subjectOf(String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))) == Subject.LIST;
    }

    static Subject subjectOf(String pattern) {
        if (pattern.equals("/api/me")) {
            return Subject.SELF;
        }
        if (pattern.equals("/api/vendors") || pattern.equals("/api/agreements")) {
            return Subject.LIST;
        }
        if (under(pattern, "/api/vendors/{id}")) {
            return Subject.VENDOR;
        }
        if (under(pattern, "/api/agreements/{id}")) {
            return Subject.AGREEMENT;
        }
        if (under(pattern, "/api/credits/{creditId}")) {
            return Subject.CREDIT;
        }
        return null;
    }

    private static boolean under(String pattern, String root) {
        return pattern.equals(root) || pattern.startsWith(root + "/");
    }

    /**
     * The agreement must be one its vendor is party to now. With minVersion the user may be reading its own write
     * before the read model has it: wait as for an unknown agreement (on the agreement's detail, until its version
     * reaches minVersion; below it, minVersion is another resource's and the controller waits for that one).
     */
    private void requireOwnAgreement(String agreementId, String vendorId, Long minVersion, boolean detail) {
        if (!AgreementId.isValid(agreementId)) {
            throw new NotFound("agreement", agreementId);
        }
        if (ownVersion(agreementId, vendorId).isPresent()) {
            return;
        }
        if (minVersion == null) {
            throw new NotFound("agreement", agreementId);
        }
        readYourWrites.awaitVersion(minVersion, () -> {
            OptionalLong version = ownVersion(agreementId, vendorId);
            return detail || version.isEmpty() ? version : OptionalLong.of(Long.MAX_VALUE);
        });
    }

    /** The agreement's version in the read model if it is with this vendor now; empty if not, or not known. */
    private OptionalLong ownVersion(String agreementId, String vendorId) {
        List<Long> versions = jdbc.queryForList("SELECT version FROM agreement_view WHERE id = ? AND vendor_id = ?",
                Long.class, agreementId, vendorId);
        return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
    }

    private static Long minVersion(HttpServletRequest request) {
        String value = request.getParameter("minVersion");
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null; // the controller answers 400
        }
    }
}
