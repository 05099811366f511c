package io.promisekeeper.jira.learning;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.label.Label;
import io.promisekeeper.core.learning.FieldChange;
import io.promisekeeper.core.learning.TicketRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Translates a Jira issue and its change history into a {@link TicketRecord}. Only categorical fields the change
 * history records are taken (status, priority, issue type, assignee, components, labels), so the model learns
 * categories, never text; the assignee is its user key, not a person's name.
 */
final class IssueTimeline {
    static final String PRIORITY = "priority";
    static final String ISSUE_TYPE = "issuetype";
    static final String ASSIGNEE = "assignee";
    static final String COMPONENTS = "components";
    static final String LABELS = "labels";

    /** Change-history field name (lower case) to our field name. */
    private static final Map<String, String> FIELDS = Map.of(
            "status", TicketRecord.STATUS, "priority", PRIORITY, "issuetype", ISSUE_TYPE, "assignee", ASSIGNEE,
            "component", COMPONENTS, "labels", LABELS);

    private IssueTimeline() {
    }

    static TicketRecord of(Issue issue, List<ChangeHistory> histories) {
        Map<String, String> current = new HashMap<>();
        put(current, TicketRecord.STATUS, issue.getStatus() == null ? null : issue.getStatus().getName());
        put(current, PRIORITY, issue.getPriority() == null ? null : issue.getPriority().getName());
        put(current, ISSUE_TYPE, issue.getIssueType() == null ? null : issue.getIssueType().getName());
        put(current, ASSIGNEE, issue.getAssigneeId());
        put(current, COMPONENTS, components(issue.getComponents()));
        put(current, LABELS, labels(issue.getLabels()));

        List<FieldChange> changes = new ArrayList<>();
        for (ChangeHistory history : histories == null ? List.<ChangeHistory>of() : histories) {
            Instant at = instant(history.getTimePerformed());
            if (at == null || history.getChangeItemBeans() == null) {
                continue;
            }
            for (ChangeItemBean item : history.getChangeItemBeans()) {
                String field = item.getField() == null ? null : FIELDS.get(item.getField().toLowerCase(Locale.ROOT));
                if (field != null) {
                    changes.add(change(at, field, item));
                }
            }
        }
        String project = issue.getProjectObject() == null ? null : issue.getProjectObject().getKey();
        return new TicketRecord(issue.getKey(), project, instant(issue.getCreated()),
                instant(issue.getResolutionDate()), current, changes);
    }

    private static FieldChange change(Instant at, String field, ChangeItemBean item) {
        return switch (field) {
            // One item per component added or removed; the display strings are the component names.
            case COMPONENTS -> FieldChange.element(at, field, item.getFromString(), item.getToString());
            // Labels change as whole space-separated lists.
            case LABELS -> FieldChange.value(at, field, labelList(item.getFromString()), labelList(item.getToString()));
            // User keys, as the current value gives them: stable, and no names in the model.
            case ASSIGNEE -> FieldChange.value(at, field, item.getFrom(), item.getTo());
            default -> FieldChange.value(at, field, item.getFromString(), item.getToString());
        };
    }

    private static String components(Collection<ProjectComponent> components) {
        if (components == null) {
            return null;
        }
        TreeSet<String> names = new TreeSet<>();
        components.forEach(c -> names.add(c.getName()));
        return names.isEmpty() ? null : String.join(TicketRecord.ELEMENT_SEPARATOR, names);
    }

    private static String labels(Collection<Label> labels) {
        if (labels == null) {
            return null;
        }
        TreeSet<String> names = new TreeSet<>();
        labels.forEach(l -> names.add(l.getLabel()));
        return names.isEmpty() ? null : String.join(TicketRecord.ELEMENT_SEPARATOR, names);
    }

    private static String labelList(String spaced) {
        if (spaced == null || spaced.isBlank()) {
            return null;
        }
        return String.join(TicketRecord.ELEMENT_SEPARATOR, new TreeSet<>(Arrays.asList(spaced.trim().split("\\s+"))));
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isEmpty()) {
            fields.put(name, value);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
