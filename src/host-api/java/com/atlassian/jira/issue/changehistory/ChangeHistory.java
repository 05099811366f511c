// Mirrors com.atlassian.jira:jira-api 11.3.0, class com.atlassian.jira.issue.changehistory.ChangeHistory (members we call).
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.util.List;

/** Host surface: one change group of an issue (the changes one edit made at one time). */
public class ChangeHistory {
    protected ChangeHistory() {
    }

    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("host surface");
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("host surface");
    }
}
