package io.promisekeeper.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** The app's Active Objects entities, in the order they are declared in the {@code ao} module. */
public final class StoreSchema {
    /** Every entity of the app; {@code atlassian-plugin.xml} must declare the same list. */
    @SuppressWarnings("unchecked")
    public static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {
        PromiseEntity.class, PromiseChangeEntity.class, SuggestionEntity.class, SuggestionDecisionEntity.class,
        ConfigEntity.class, AuditEntity.class, NoticeClaimEntity.class, NoticeEpisodeEntity.class,
        NoticeContactEntity.class, NoticeEntity.class, AgentPromptEntity.class, DelightActionEntity.class,
        DelightActEntity.class, NoticeContactSlotEntity.class, TicketFactEntity.class
    };

    private StoreSchema() {
    }

    /** Deletes every row, for tests and previews that reuse a database. */
    public static void clear(ActiveObjects ao) {
        ao.executeInTransaction(() -> {
            for (Class<? extends RawEntity<?>> type : ENTITIES) {
                deleteAll(ao, type);
            }
            return null;
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void deleteAll(ActiveObjects ao, Class type) {
        RawEntity<?>[] rows = ao.find(type, Query.select());
        if (rows.length > 0) {
            ao.delete(rows);
        }
    }
}
