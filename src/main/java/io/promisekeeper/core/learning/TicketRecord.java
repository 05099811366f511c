package io.promisekeeper.core.learning;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket as the host knows it now: its categorical fields as they stand today and every recorded change of
 * them. The field {@link #STATUS} is the workflow status; many-valued fields hold their elements sorted and joined
 * by {@link #ELEMENT_SEPARATOR}.
 *
 * @param segment  the group whose promises share a target (a service project), or null
 * @param resolved when the ticket was resolved, or null while it is open
 * @param current  field name to current value; fields without a value are left out
 */
public record TicketRecord(String key, String segment, Instant opened, Instant resolved, Map<String, String> current,
                           List<FieldChange> changes) {
    /** Name of the status field. */
    public static final String STATUS = "status";
    /** Joins the elements of a many-valued field. */
    public static final String ELEMENT_SEPARATOR = ", ";

    public TicketRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(opened, "opened");
        current = Map.copyOf(current);
        // Stable sort: changes at the same moment keep the host's order.
        changes = changes.stream().sorted(Comparator.comparing(FieldChange::at)).toList();
    }
}
