package io.promisekeeper.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.promisekeeper.core.learning.ForecastStatus;
import io.promisekeeper.core.view.GestureOverview;
import io.promisekeeper.core.view.NoticeOverview;
import io.promisekeeper.core.view.PromiseLine;
import io.promisekeeper.core.view.PromiseOverview;
import io.promisekeeper.core.view.TicketGestures;
import io.promisekeeper.core.view.TicketNotices;
import io.promisekeeper.core.view.TicketPromises;
import io.promisekeeper.jira.access.Viewer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The agent panel of a ticket: its template context, and the panel rendered for a viewer. */
public class AgentPanel {
    public static final String TEMPLATE = "templates/panel/promise-panel.vm";

    private final PromiseOverview overview;
    private final NoticeOverview notices;
    private final GestureOverview gestures;
    private final Supplier<ForecastStatus> forecastStatus;
    private final I18nResolver i18n;
    private final UserManager users;
    private final TemplateRenderer renderer;

    public AgentPanel(PromiseOverview overview, NoticeOverview notices, GestureOverview gestures,
                      Supplier<ForecastStatus> forecastStatus, I18nResolver i18n, UserManager users,
                      TemplateRenderer renderer) {
        this.overview = overview;
        this.notices = notices;
        this.gestures = gestures;
        this.forecastStatus = forecastStatus;
        this.i18n = i18n;
        this.users = users;
        this.renderer = renderer;
    }

    /** The template context for {@code viewer}: a single entry {@code panel}. */
    public Map<String, Object> context(Viewer viewer) {
        return context(viewer, overview.of(viewer.ticketKey()));
    }

    /** The template context for an already built view. */
    public Map<String, Object> context(Viewer viewer, TicketPromises view) {
        // Drafts and the notice log are for agents: a customer-side reader sees promises only.
        TicketNotices ticketNotices = viewer.agent()
                ? notices.of(view.ticketKey(), view.promises().stream().map(PromiseLine::promise).toList())
                : TicketNotices.none();
        TicketGestures ticketGestures = viewer.agent() ? gestures.of(view.ticketKey()) : TicketGestures.none();
        ForecastStatus status = viewer.agent() ? forecastStatus.get() : null;
        PanelTexts texts = texts(viewer);
        Map<String, Object> panel = PanelModel.of(view, ticketNotices, status, texts, viewer.agent());
        panel.putAll(GestureModel.of(ticketGestures, texts));
        Map<String, Object> context = new HashMap<>();
        context.put("panel", panel);
        return context;
    }

    /** The panel as HTML, as the issue view shows it. */
    public String render(Viewer viewer) {
        StringWriter out = new StringWriter(4096);
        try {
            renderer.render(TEMPLATE, context(viewer), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public PanelTexts texts(Viewer viewer) {
        return new PanelTexts(i18n, users, viewer);
    }

    public PromiseOverview overview() {
        return overview;
    }
}
