package com.vendorsla.sharedkernel.agreement.terms;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two sets of terms, part by part, in the order the terms are written. Pure: the read
 * side diffs any two versions with it, and legal reads the same paths in every diff.
 * <ul>
 *   <li>Service levels are matched by their stable id, not by position: {@code serviceLevels[availability].target}.
 *       One added or removed is a single change of the whole service level.</li>
 *   <li>Other lists of parts (credit tiers) are matched by position: {@code creditPolicy.tiers[1].creditPercent}.</li>
 *   <li>Lists of plain values (coverage days, holidays) are sets: reordering them is no change.</li>
 *   <li>Decimals are compared by value: {@code 99.9} and {@code 99.90} are the same target.</li>
 * </ul>
 */
public final class TermsDiff {

    private TermsDiff() {
    }

    public static List<TermsChange> between(AgreementTerms before, AgreementTerms after) {
        List<TermsChange> changes = new ArrayList<>();
        compare("", before, after, changes);
        return List.copyOf(changes);
    }

    private static void compare(String path, Object before, Object after, List<TermsChange> changes) {
        if (before == null && after == null) {
            return;
        }
        if (before == null || after == null) {
            changes.add(new TermsChange(path, before, after));
            return;
        }
        if (before instanceof Record && before.getClass() == after.getClass()) {
            for (RecordComponent component : before.getClass().getRecordComponents()) {
                compare(join(path, component.getName()), value(component, before), value(component, after), changes);
            }
            return;
        }
        if (before instanceof List<?> beforeList && after instanceof List<?> afterList) {
            compareLists(path, beforeList, afterList, changes);
            return;
        }
        if (!sameValue(before, after)) {
            changes.add(new TermsChange(path, before, after));
        }
    }

    private static void compareLists(String path, List<?> before, List<?> after, List<TermsChange> changes) {
        if (isServiceLevels(before) && isServiceLevels(after)) {
            Map<String, ServiceLevel> was = byId(before);
            Map<String, ServiceLevel> is = byId(after);
            LinkedHashSet<String> ids = new LinkedHashSet<>(was.keySet());
            ids.addAll(is.keySet());
            for (String id : ids) {
                compare(path + "[" + id + "]", was.get(id), is.get(id), changes);
            }
        } else if (containsRecords(before) || containsRecords(after)) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                compare(path + "[" + i + "]", i < before.size() ? before.get(i) : null,
                        i < after.size() ? after.get(i) : null, changes);
            }
        } else if (!new LinkedHashSet<>(before).equals(new LinkedHashSet<>(after))) {
            changes.add(new TermsChange(path, before, after));
        }
    }

    private static boolean isServiceLevels(List<?> list) {
        return list.stream().allMatch(item -> item instanceof ServiceLevel level && level.id() != null);
    }

    private static boolean containsRecords(List<?> list) {
        return list.stream().anyMatch(item -> item instanceof Record);
    }

    private static Map<String, ServiceLevel> byId(List<?> levels) {
        Map<String, ServiceLevel> byId = new LinkedHashMap<>();
        levels.forEach(item -> byId.put(((ServiceLevel) item).id(), (ServiceLevel) item));
        return byId;
    }

    private static boolean sameValue(Object before, Object after) {
        if (before instanceof BigDecimal a && after instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(before, after);
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
