package io.promisekeeper.jira.event;

import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.servicedesk.api.comment.ServiceDeskComment;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;

/** Asks JSM whether a comment is a public reply; comments outside service projects never reach a customer. */
public final class JsmCommentVisibility implements CommentVisibility {
    private final ServiceDeskCommentService comments;

    public JsmCommentVisibility(ServiceDeskCommentService comments) {
        this.comments = comments;
    }

    @Override
    public boolean isVisibleToCustomer(Comment comment) {
        try {
            ServiceDeskComment sdComment = comments.getServiceDeskCommentByJiraComment(comment.getAuthorApplicationUser(), comment);
            return sdComment != null && sdComment.isPublic();
        } catch (RuntimeException | LinkageError notAServiceProjectComment) {
            return false;
        }
    }
}
