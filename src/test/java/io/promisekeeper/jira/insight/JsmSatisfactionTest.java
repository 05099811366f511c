package io.promisekeeper.jira.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsmSatisfactionTest {
    private final IssueManager issues = mock(IssueManager.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final JsmSatisfaction satisfaction = new JsmSatisfaction(issues, fields);
    private final CustomField feedback = field("customfield_10300", JsmSatisfaction.FEEDBACK_FIELD_TYPE);
    private final CustomField feedbackDate = field("customfield_10301", JsmSatisfaction.FEEDBACK_DATE_FIELD_TYPE);

    @Test
    void theRatingAndItsDateComeFromJsmsSatisfactionFields() {
        MutableIssue rated = issue("HELP-1", List.of(feedback, feedbackDate));
        Instant when = Instant.parse("2026-03-02T10:15:00Z");
        when(rated.getCustomFieldValue(feedback)).thenReturn(4L);
        when(rated.getCustomFieldValue(feedbackDate)).thenReturn(Timestamp.from(when));

        assertThat(satisfaction.ratingsOf(List.of("HELP-1"))).isEqualTo(Map.of("HELP-1", 4));
        assertThat(satisfaction.feedbackOf(rated)).contains(new JsmSatisfaction.Feedback(4, java.util.Optional.of(when)));
    }

    @Test
    void theFieldIsFoundByItsTypeNotItsName() {
        // A number field someone called "Satisfaction" must not count; JSM's field renamed "Tevredenheid" must.
        CustomField lookalike = field("customfield_10100", "com.atlassian.jira.plugin.system.customfieldtypes:float");
        MutableIssue rated = issue("HELP-2", List.of(lookalike, feedback));
        when(rated.getCustomFieldValue(lookalike)).thenReturn(1.0);
        when(rated.getCustomFieldValue(feedback)).thenReturn(5);

        assertThat(satisfaction.ratingsOf(List.of("HELP-2"))).isEqualTo(Map.of("HELP-2", 5));
        verify(rated, never()).getCustomFieldValue(lookalike);
    }

    @Test
    void theRatingIsReadFromTheShapesItMayTake() {
        assertThat(JsmSatisfaction.rating(3)).isEqualTo(3);
        assertThat(JsmSatisfaction.rating(5.0d)).isEqualTo(5);
        assertThat(JsmSatisfaction.rating(" 2 ")).isEqualTo(2);
        assertThat(JsmSatisfaction.rating(Map.of("rating", 4))).isEqualTo(4);
        assertThat(JsmSatisfaction.rating("Feedback[rating=1, comment=slow]")).isEqualTo(1);
        assertThat(JsmSatisfaction.rating(0)).isNull();
        assertThat(JsmSatisfaction.rating(6)).isNull();
        assertThat(JsmSatisfaction.rating(3.5)).isNull();
        assertThat(JsmSatisfaction.rating(Double.NaN)).isNull();
        assertThat(JsmSatisfaction.rating("excellent")).isNull();
        assertThat(JsmSatisfaction.rating(Map.of("rating", 12))).isNull();
    }

    @Test
    void noFieldNoRatingOrNoTicketMeansNone() {
        issue("HELP-3", List.of());
        MutableIssue unrated = issue("HELP-4", List.of(feedback, feedbackDate));
        when(unrated.getCustomFieldValue(feedback)).thenReturn(null);
        MutableIssue dateOnly = issue("HELP-5", List.of(feedbackDate));
        when(dateOnly.getCustomFieldValue(feedbackDate)).thenReturn(new java.util.Date());
        MutableIssue rated = issue("HELP-6", List.of(feedback));
        when(rated.getCustomFieldValue(feedback)).thenReturn(2);

        assertThat(satisfaction.ratingsOf(List.of("HELP-3", "HELP-4", "HELP-5", "HELP-9", "HELP-6")))
                .isEqualTo(Map.of("HELP-6", 2));
        assertThat(satisfaction.feedbackOf(rated)).hasValueSatisfying(f -> assertThat(f.ratedAt()).isEmpty());
    }

    @Test
    void aFailingHostCountsAsNoRatingWithOneLogLineAndTheOtherTicketsStillCount() {
        MutableIssue broken = issue("HELP-7", List.of(feedback));
        when(broken.getCustomFieldValue(feedback)).thenThrow(new IllegalStateException("customer jane@example.com"));
        MutableIssue missingClass = issue("HELP-8", List.of(feedback));
        when(missingClass.getCustomFieldValue(feedback)).thenThrow(new NoClassDefFoundError("com/atlassian/Feedback"));
        when(fields.getCustomFieldObjects(issue("HELP-10", List.of()))).thenThrow(new UnsupportedOperationException());
        MutableIssue rated = issue("HELP-11", List.of(feedback));
        when(rated.getCustomFieldValue(feedback)).thenReturn(3);

        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Map<String, Integer> ratings;
        try {
            ratings = satisfaction.ratingsOf(List.of("HELP-7", "HELP-8", "HELP-10", "HELP-11"));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertThat(ratings).isEqualTo(Map.of("HELP-11", 3));
        assertThat(log.lines().filter(l -> l.contains("satisfaction")).count()).isEqualTo(1);
        assertThat(log).contains("HELP-7").contains("3 ticket(s)").doesNotContain("jane@example.com");
    }

    @Test
    void aFailureReadingOneIssueIsNoneToo() {
        MutableIssue broken = issue("HELP-12", List.of(feedback));
        when(broken.getCustomFieldValue(feedback)).thenThrow(new AbstractMethodError("getCustomFieldValue"));

        assertThat(satisfaction.feedbackOf(broken)).isEmpty();
        assertThat(satisfaction.feedbackOf(null)).isEmpty();
    }

    private MutableIssue issue(String key, List<CustomField> applicable) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn(key);
        when(issues.getIssueObject(key)).thenReturn(issue);
        when(fields.getCustomFieldObjects(issue)).thenReturn(applicable);
        return issue;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CustomField field(String id, String typeKey) {
        CustomField field = mock(CustomField.class);
        CustomFieldType type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        when(field.getId()).thenReturn(id);
        when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }
}
