package io.promisekeeper.jira.notice;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the customer organisations a request is shared with. JSM's OrganizationService lists organisations of an
 * instance or service project, not of a request; a request's organisations are the values of its JSM
 * "Organizations" field, found by field type because admins may rename (and Jira translates) the field name.
 * Best effort like {@link JsmSlaGoals}: a failure yields no organisations and one log line naming the ticket key.
 */
public final class JsmOrganisations {
    private static final Logger LOG = LoggerFactory.getLogger(JsmOrganisations.class);
    static final String ORGANISATIONS_FIELD_TYPE = "com.atlassian.servicedesk:sd-customer-organizations";

    private final CustomFieldManager fields;

    public JsmOrganisations(CustomFieldManager fields) {
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** The organisations' names; empty when the request is shared with none. */
    public Set<String> of(Issue issue) {
        if (issue == null) {
            return Set.of();
        }
        try {
            Set<String> names = new HashSet<>();
            List<CustomField> applicable = fields.getCustomFieldObjects(issue);
            for (CustomField field : applicable == null ? List.<CustomField>of() : applicable) {
                if (isOrganisations(field) && issue.getCustomFieldValue(field) instanceof Collection<?> values) {
                    for (Object value : values) {
                        if (value instanceof CustomerOrganization organisation && organisation.getName() != null
                                && !organisation.getName().isBlank()) {
                            names.add(organisation.getName().strip());
                        }
                    }
                }
            }
            return Set.copyOf(names);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Promise Keeper could not read the organisations of {} ({}); rules see none",
                    issue.getKey(), e.getClass().getSimpleName());
            return Set.of();
        }
    }

    private static boolean isOrganisations(CustomField field) {
        if (field == null) {
            return false;
        }
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type != null && ORGANISATIONS_FIELD_TYPE.equals(type.getKey());
    }
}
