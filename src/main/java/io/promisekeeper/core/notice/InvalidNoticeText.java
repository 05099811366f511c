package io.promisekeeper.core.notice;

/** The text an agent wants to send is refused; {@link #field()} names the input it came from. */
public final class InvalidNoticeText extends RuntimeException {
    private final String field;

    public InvalidNoticeText(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
