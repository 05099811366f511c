package io.promisekeeper.cli.preview;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.promisekeeper.standin.BundleTexts;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.SingleCalendar;
import io.promisekeeper.core.delight.DelightDesk;
import io.promisekeeper.core.delight.DelightSettings;
import io.promisekeeper.core.delight.DelightSuggestions;
import io.promisekeeper.core.insight.InsightReader;
import io.promisekeeper.core.learning.ForecastStatus;
import io.promisekeeper.core.learning.ForecastTraining;
import io.promisekeeper.core.notice.PromptDecisions;
import io.promisekeeper.core.promise.PromiseEvents;
import io.promisekeeper.core.promise.PromiseLedger;
import io.promisekeeper.core.rules.DryRun;
import io.promisekeeper.core.rules.FixedTimerForecast;
import io.promisekeeper.core.rules.RuleEngine;
import io.promisekeeper.core.settings.AdminConfiguration;
import io.promisekeeper.core.settings.InsightSettings;
import io.promisekeeper.core.settings.InsightSettingsJson;
import io.promisekeeper.core.view.GestureOverview;
import io.promisekeeper.core.view.NoticeOverview;
import io.promisekeeper.core.view.PromiseOverview;
import io.promisekeeper.jira.access.InsightAccess;
import io.promisekeeper.jira.access.TicketAccess;
import io.promisekeeper.jira.admin.AdminPage;
import io.promisekeeper.jira.admin.StoredPromiseTickets;
import io.promisekeeper.jira.event.ServiceTeam;
import io.promisekeeper.jira.insight.InsightPage;
import io.promisekeeper.jira.panel.AgentPanel;
import io.promisekeeper.jira.rest.AdminResource;
import io.promisekeeper.jira.rest.GestureResource;
import io.promisekeeper.jira.rest.InsightResource;
import io.promisekeeper.jira.rest.PromiseResource;
import io.promisekeeper.jira.text.ErrorText;
import io.promisekeeper.jira.rest.PromptResource;
import io.promisekeeper.jira.rest.JsonErrors;
import io.promisekeeper.jira.rest.SecurityHeaders;
import io.promisekeeper.jira.store.ActiveObjectsAgentPrompts;
import io.promisekeeper.jira.store.ActiveObjectsAuditTrail;
import io.promisekeeper.jira.store.ActiveObjectsConfigDocuments;
import io.promisekeeper.jira.store.ActiveObjectsDelightActions;
import io.promisekeeper.jira.store.ActiveObjectsNoticeJournal;
import io.promisekeeper.jira.store.ActiveObjectsNoticeLog;
import io.promisekeeper.jira.store.ActiveObjectsPromiseStore;
import io.promisekeeper.jira.store.ActiveObjectsSuggestionStore;
import io.promisekeeper.jira.store.ActiveObjectsUnitOfWork;
import io.promisekeeper.jira.store.StoreSchema;
import io.promisekeeper.standin.VelocityTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The agent panel and the admin page outside Jira, on 127.0.0.1 only: the plugin's own {@link PromiseResource}
 * and {@link AdminResource} at Jira's path {@code /rest/promise-keeper/1.0}, the issue view page, the admin page
 * (for the sample administrator), the insight pages and {@code /insight} REST over the {@link InsightSampleDesk},
 * the plugin's script and styles and AUI, over a fresh
 * in-memory H2 database through Active Objects, seeded with the {@link SampleDesk}.
 */
public final class PreviewServer implements AutoCloseable {
    public static final String REST_PATH = "/rest/promise-keeper/1.0";

    private final HttpServer http;
    private final ExecutorService workers;
    private final JdkHttpHandlerContainer rest;
    private final EntityManagerActiveObjects store;
    private final boolean withAui;

    private PreviewServer(HttpServer http, ExecutorService workers, JdkHttpHandlerContainer rest,
                          EntityManagerActiveObjects store, boolean withAui) {
        this.http = http;
        this.workers = workers;
        this.rest = rest;
        this.store = store;
        this.withAui = withAui;
    }

    /** Builds the sample desk and starts serving; the caller closes the server. */
    public static PreviewServer start(PreviewOptions options) {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.open(
                "jdbc:h2:mem:preview" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1",
                "sa", "", StoreSchema.ENTITIES);
        try {
            return start(options, ao);
        } catch (RuntimeException e) {
            ao.close();
            throw e;
        }
    }

    private static PreviewServer start(PreviewOptions options, EntityManagerActiveObjects ao) {
        var promiseStore = new ActiveObjectsPromiseStore(ao);
        var suggestionStore = new ActiveObjectsSuggestionStore(ao);
        var unitOfWork = new ActiveObjectsUnitOfWork(ao);
        var calendars = new SingleCalendar(BusinessCalendar.weekdays("default", options.zone(), 9, 17, Set.of()));
        SampleDesk desk = new SampleDesk(promiseStore, suggestionStore, unitOfWork, calendars);
        desk.seed(options.clock().instant());
        var journal = new ActiveObjectsNoticeJournal(ao);
        var prompts = new ActiveObjectsAgentPrompts(ao);
        desk.draftNotice(options.clock().instant(), journal, prompts);
        var delightActions = new ActiveObjectsDelightActions(ao);
        DelightSettings delightSettings = DelightSettings.defaults(options.zone());
        desk.suggestGestures(options.clock().instant(), new DelightSuggestions(delightActions, () -> delightSettings));
        PreviewComments comments = new PreviewComments();

        PreviewUsers users = PreviewUsers.samples();
        PreviewTickets tickets = SampleDesk.tickets();
        BundleTexts texts = new BundleTexts();
        PromiseLedger ledger = new PromiseLedger(promiseStore, suggestionStore, unitOfWork, new PromiseEvents(),
                options.clock());
        // The preview has no trained model: the fixed timer decides "at risk", and the panel says so.
        AgentPanel panel = new AgentPanel(new PromiseOverview(ledger, calendars, options.clock()),
                new NoticeOverview(prompts, journal, new FixedTimerForecast(0.25), options.clock()),
                new GestureOverview(delightActions, delightSettings::catalogue, options.clock()),
                () -> ForecastStatus.fallback(0, ForecastTraining.MIN_TRAINING_TICKETS), texts, users,
                new VelocityTemplates());
        PreviewProjects projects = new PreviewProjects();
        TicketAccess access = new TicketAccess(new PreviewAuthentication(), tickets, new PreviewPermissions(),
                new PreviewTimeZones(options.zone()), users, new ServiceTeam(new PreviewPermissions()));
        ErrorText errorText = ErrorText.of(texts, new PreviewAuthentication());
        PromiseResource resource = new PromiseResource(access, ledger, suggestionStore, panel, calendars,
                options.clock());

        AdminConfiguration configuration = new AdminConfiguration(new ActiveObjectsConfigDocuments(ao,
                options.clock()), new ActiveObjectsAuditTrail(ao), unitOfWork, options.clock(), options.zone());
        AdminResource admin = new AdminResource(users, configuration,
                new DryRun(new RuleEngine(new FixedTimerForecast(0.25)), new StoredPromiseTickets(promiseStore, calendars),
                        Duration.ofHours(1)), options.clock(), errorText);

        // Insight: the sample history, its notices and gestures, and the lead group the administrator named.
        InsightSampleDesk insightDesk = new InsightSampleDesk();
        insightDesk.seed(promiseStore, journal, options.clock().instant());
        // Written as the document itself, not through a save, so the admin page's audit starts empty as before.
        new ActiveObjectsConfigDocuments(ao, options.clock()).write(AdminConfiguration.INSIGHT,
                InsightSettingsJson.write(new InsightSettings(List.of(PreviewUsers.LEAD_GROUP))), 0,
                PreviewUsers.ADMIN_USER);
        InsightAccess insightAccess = new InsightAccess(new PreviewAuthentication(), users, new PreviewPermissions(),
                projects, new PreviewTimeZones(options.zone()), configuration);
        InsightReader insightReader = new InsightReader(promiseStore, insightDesk, insightDesk, journal, insightDesk);
        InsightResource insight = new InsightResource(insightAccess, insightReader, users, configuration,
                options.clock());

        JdkHttpHandlerContainer rest = ContainerFactory.createContainer(JdkHttpHandlerContainer.class,
                new ResourceConfig().register(resource).register(admin).register(new PromptResource(access,
                                new PromptDecisions(prompts, journal, new ActiveObjectsNoticeLog(ao, options.clock()),
                                        comments, options.clock())))
                        .register(new GestureResource(access, delightActions,
                                new DelightDesk(delightActions, options.clock()))).register(insight).register(new XsrfCheck())
                        // The plugin's one exception mapper, as Jira's REST module finds it in the package.
                        .register(new SecurityHeaders()).register(new JsonErrors(errorText))
                        // No WADL: it needs JAXB, and Jira does not publish one for plugin resources either.
                        .property(ServerProperties.WADL_FEATURE_DISABLE, true));
        boolean withAui = Files.isRegularFile(options.auiFiles().resolve("aui-prototyping.css"))
                && Files.isRegularFile(options.jqueryFiles().resolve("jquery.min.js"));
        CallerCookies cookies = new CallerCookies(users);

        HttpServer http;
        try {
            // Loopback only: the preview has no login, so it must not be reachable from other machines.
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + options.port() + ": " + e.getMessage(), e);
        }
        serve(http, REST_PATH, cookies.around(rest));
        serve(http, AdminPreviewPage.PATH, new AdminPreviewPage(users, cookies,
                new AdminPage(texts, new VelocityTemplates()), texts, withAui));
        serve(http, InsightPreviewPage.PATH, new InsightPreviewPage(cookies, insightAccess, insightReader,
                new InsightPage(texts, new VelocityTemplates()), configuration, users, texts, options.clock(), withAui));
        serve(http, "/", new IssueViewPage(tickets, users, cookies, access, panel, texts, comments, withAui));
        serve(http, "/plugin/js/", StaticFiles.classPath("/plugin/js/", "js"));
        serve(http, "/plugin/css/", StaticFiles.classPath("/plugin/css/", "css"));
        serve(http, "/plugin/images/", StaticFiles.classPath("/plugin/images/", "images"));
        serve(http, "/preview/", StaticFiles.classPath("/preview/", "preview"));
        if (withAui) {
            serve(http, "/aui/", StaticFiles.directory("/aui/", options.auiFiles()));
            serve(http, "/jquery/", StaticFiles.directory("/jquery/", options.jqueryFiles()));
        }
        ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(workers);
        http.start();
        return new PreviewServer(http, workers, rest, ao, withAui);
    }

    // Every context, the REST one included, answers only its loopback name on its port (see HostCheck).
    private static void serve(HttpServer http, String path, HttpHandler handler) {
        http.createContext(path, handler).getFilters()
                .add(HostCheck.on(http.getAddress().getPort(), !REST_PATH.equals(path)));
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Whether AUI was found; without it the page works, unstyled. */
    public boolean withAui() {
        return withAui;
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rest.getApplicationHandler().onShutdown(rest);
        store.close();
    }
}
