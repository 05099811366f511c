package io.promisekeeper.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import io.promisekeeper.jira.access.AccessDenied;
import io.promisekeeper.jira.access.TicketAccess;
import java.util.HashMap;
import java.util.Map;

/** Supplies the issue view's promise panel with its context; shows nothing to a user who may not read it. */
public class PromisePanelContext implements ContextProvider {
    private final TicketAccess access;
    private final AgentPanel panel;

    public PromisePanelContext(TicketAccess access, AgentPanel panel) {
        this.access = access;
        this.panel = panel;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters: everything the panel needs comes from the issue and the viewer.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        if (context.get("issue") instanceof Issue issue) {
            try {
                result.putAll(panel.context(access.reader(issue.getKey())));
            } catch (AccessDenied denied) {
                result.remove("panel");
            }
        }
        return result;
    }
}
