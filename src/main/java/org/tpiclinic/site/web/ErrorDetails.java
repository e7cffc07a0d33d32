package org.tpiclinic.site.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What an error answer may say. A 4xx carries the rule's words (a person can act on them); a 5xx carries none of
 * the failure's own text, which may name tables, classes or patient values: the page and the JSON say only that
 * it failed on our side, and the log keeps the rest. Stack traces and exception class names are never included.
 */
@Component
class ErrorDetails extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        var attributes = super.getErrorAttributes(request,
                options.excluding(ErrorAttributeOptions.Include.STACK_TRACE, ErrorAttributeOptions.Include.EXCEPTION));
        if (attributes.get("status") instanceof Integer status && status >= 500) {
            attributes.remove("message");
            attributes.remove("errors");
        }
        return attributes;
    }
}
