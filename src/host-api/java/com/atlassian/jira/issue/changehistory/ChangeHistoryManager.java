// Mirrors com.atlassian.jira:jira-api 11.3.0, interface com.atlassian.jira.issue.changehistory.ChangeHistoryManager (members we call).
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/** Host surface: the recorded field changes of an issue. */
public interface ChangeHistoryManager {
    List<ChangeHistory> getChangeHistories(Issue issue);
}
