package com.vendorsla.query.web;

import com.vendorsla.platform.security.BoundVendor;
import com.vendorsla.sharedkernel.agreement.query.AgreementSummary;
import com.vendorsla.sharedkernel.vendor.query.VendorView;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.Collection;

/**
 * The two lists {@link VendorScope} lets a {@code VENDOR} user read ({@code GET /api/vendors}, {@code GET
 * /api/agreements}) keep only its own vendor's entries, whatever filters the request gave. An element of another
 * type in those lists would be dropped: a list nobody scoped shows a vendor nothing rather than everything. Lists
 * below one resource (an agreement's versions, a vendor's credits) are scoped by their resource in VendorScope.
 */
@RestControllerAdvice(basePackages = "com.vendorsla.query")
public class VendorScopedLists implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (!(body instanceof Collection<?> items) || !(request instanceof ServletServerHttpRequest servlet)
                || !VendorScope.isList(servlet.getServletRequest())) {
            return body;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!BoundVendor.isVendorUser(user)) {
            return body;
        }
        String vendorId = BoundVendor.of(user).orElse(null);
        return items.stream().filter(item -> vendorId != null && belongsTo(item, vendorId)).toList();
    }

    private static boolean belongsTo(Object item, String vendorId) {
        if (item instanceof VendorView vendor) {
            return vendorId.equals(vendor.id());
        }
        if (item instanceof AgreementSummary agreement) {
            return vendorId.equals(agreement.vendorId());
        }
        return false;
    }
}
