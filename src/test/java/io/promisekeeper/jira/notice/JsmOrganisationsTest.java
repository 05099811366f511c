package io.promisekeeper.jira.notice;

import static io.promisekeeper.jira.notice.JsmSlaGoalsTest.stderrOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsmOrganisationsTest {
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final Issue issue = mock(Issue.class);
    private final JsmOrganisations organisations = new JsmOrganisations(fields);

    @BeforeEach
    void setUp() {
        when(issue.getKey()).thenReturn("HELP-7");
    }

    @Test
    void theOrganisationsFieldGivesTheNamesOfTheOrganisations() {
        CustomField orgs = field("customfield_10002", JsmOrganisations.ORGANISATIONS_FIELD_TYPE);
        when(fields.getCustomFieldObjects(issue)).thenReturn(List.of(orgs));
        List<CustomerOrganization> values = List.of(org("Acme Benelux"), org(" Gemeente Utrecht "));
        when(issue.getCustomFieldValue(orgs)).thenReturn(values);

        assertThat(organisations.of(issue)).containsExactlyInAnyOrder("Acme Benelux", "Gemeente Utrecht");
    }

    @Test
    void theFieldIsFoundByItsTypeNotItsName() {
        // A renamed copy of a text field called "Organizations" must not count; the JSM field renamed "Klanten" must.
        CustomField lookalike = field("customfield_10100", "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        CustomField renamed = field("customfield_10002", JsmOrganisations.ORGANISATIONS_FIELD_TYPE);
        when(fields.getCustomFieldObjects(issue)).thenReturn(List.of(lookalike, renamed));
        List<CustomerOrganization> values = List.of(org("Acme Benelux"));
        when(issue.getCustomFieldValue(renamed)).thenReturn(values);

        assertThat(organisations.of(issue)).containsExactly("Acme Benelux");
        verify(issue, never()).getCustomFieldValue(lookalike);
    }

    @Test
    void aRequestSharedWithNoOrganisationHasNone() {
        CustomField orgs = field("customfield_10002", JsmOrganisations.ORGANISATIONS_FIELD_TYPE);
        when(fields.getCustomFieldObjects(issue)).thenReturn(List.of(orgs));
        when(issue.getCustomFieldValue(orgs)).thenReturn(null);

        assertThat(organisations.of(issue)).isEmpty();
    }

    @Test
    void aProjectWithoutTheFieldHasNone() {
        when(fields.getCustomFieldObjects(issue)).thenReturn(List.of());

        assertThat(organisations.of(issue)).isEmpty();
    }

    @Test
    void valuesThatAreNotNamedOrganisationsAreSkipped() {
        CustomField orgs = field("customfield_10002", JsmOrganisations.ORGANISATIONS_FIELD_TYPE);
        when(fields.getCustomFieldObjects(issue)).thenReturn(List.of(orgs));
        List<Object> values = new ArrayList<>(Arrays.asList(org("Acme Benelux"), null, "42", org(" "), org("Acme Benelux")));
        when(issue.getCustomFieldValue(orgs)).thenReturn(values);

        assertThat(organisations.of(issue)).containsExactly("Acme Benelux");
    }

    @Test
    void aFailureGivesNoOrganisationsAndLogsOnlyTheKey() {
        when(fields.getCustomFieldObjects(issue)).thenThrow(new IllegalStateException("Printer on fire at Acme Benelux"));

        String log = stderrOf(() -> assertThat(organisations.of(issue)).isEmpty());

        assertThat(log).contains("HELP-7").doesNotContain("Printer").doesNotContain("Acme");
        assertThat(organisations.of(null)).isEmpty();
    }

    private static CustomField field(String id, String typeKey) {
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }

    private static CustomerOrganization org(String name) {
        CustomerOrganization org = mock(CustomerOrganization.class);
        when(org.getName()).thenReturn(name);
        return org;
    }
}
