package io.promisekeeper.jira.event;

import com.atlassian.jira.issue.comments.Comment;

/** Tells whether a comment is shared with the customer (a JSM public reply) or is an internal note. */
@FunctionalInterface
public interface CommentVisibility {
    boolean isVisibleToCustomer(Comment comment);
}
