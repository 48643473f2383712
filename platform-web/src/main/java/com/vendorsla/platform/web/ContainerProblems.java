package com.vendorsla.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;

/**
 * Requests Tomcat refuses before any filter or controller sees them (an encoded NUL, '/' or '\' in the path, a
 * malformed request line) answered its HTML error page. They answer a problem document like every other error now:
 * this valve replaces that page for every error response that has no body yet. Installed once per server, whether
 * it serves one side or both (standalone).
 */
@Configuration(proxyBeanMethods = false)
public class ContainerProblems {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        // added after Spring Boot's own ErrorReportValve (customizers without an order run last), so it reports first
        return factory -> factory.addContextCustomizers(context -> context.getParent().getPipeline()
                .addValve(new ProblemReportValve()));
    }

    /** Tomcat's error report as a problem document: status, title and code from the status, no details. */
    static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String code = known != null ? known.name() : "ERROR";
            String detail = status >= 500 ? "the request could not be completed"
                    : "the request was refused before it reached the API: its URL or headers are malformed";
            try {
                response.setContentType(Problems.PROBLEM_JSON.toString());
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(Problems.json(status, code, detail));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot take a body: nothing more to say
            }
        }
    }
}
