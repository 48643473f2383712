package com.vendorsla.sharedkernel.agreement.terms;

public enum Severity {
    LOW, NORMAL, HIGH, URGENT
}
