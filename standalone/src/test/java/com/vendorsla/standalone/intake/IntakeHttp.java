package com.vendorsla.standalone.intake;

import com.vendorsla.standalone.support.StandaloneHttpTest;

import java.nio.charset.StandardCharsets;

/** What the intake's tests share: a platform with one agreement, and CSV files to send. */
abstract class IntakeHttp extends StandaloneHttpTest {

    static final String TERMS = """
            {"currency": "EUR", "monthlyCharge": "100000.00", "coverage": {"timeZone": "Europe/Berlin", "hours": "24x7"},
             "serviceLevels": [
               {"id": "availability", "kind": "AVAILABILITY", "target": "99.9", "minimum": "99.0",
                "classification": "CRITICAL", "allocationPercent": "50"},
               {"id": "urgent-response", "kind": "RESPONSE_TIME", "severity": "URGENT", "thresholdMinutes": 60,
                "target": "95", "classification": "CRITICAL", "allocationPercent": "40"},
               {"id": "fcr", "kind": "KPI", "direction": "HIGHER_IS_BETTER", "target": "70", "classification": "KEY"}],
             "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"}}""";

    /** An active agreement in force since January 2026, coverage in Europe/Berlin. */
    String activeAgreement(String vendorName) {
        String vendor = write("manager", "/api/vendors", "{\"name\":\"" + vendorName + "\"}");
        String agreement = write("manager", "/api/agreements", "{\"vendorId\":\"" + vendor + "\",\"title\":\"Core hosting\","
                + "\"type\":\"SERVICE_BASED\",\"customer\":\"Finance IT\",\"effectiveFrom\":\"2026-01-01\",\"terms\":" + TERMS + "}");
        write("manager", "/api/agreements/" + agreement + "/signatures", "{\"party\":\"CUSTOMER\",\"signatory\":\"CIO\"}");
        write("manager", "/api/agreements/" + agreement + "/signatures", "{\"party\":\"VENDOR\",\"signatory\":\"CEO\"}");
        return agreement;
    }

    Reply csv(String user, String path, String text) {
        return send("POST", user, path, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Events of every period of the agreement in the event store (what was recorded, whatever the read models say). */
    long periodEvents(String agreement) {
        String uuid = agreement.substring("agr-".length());
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE ?",
                Long.class, "prd-" + uuid + "-%");
    }
}
