package io.promisekeeper.core.settings;

import io.promisekeeper.core.config.AuditEntry;
import io.promisekeeper.core.config.AuditTrail;
import io.promisekeeper.core.config.ConfigDocument;
import io.promisekeeper.core.config.ConfigDocuments;
import io.promisekeeper.core.settings.DelightJson;
import io.promisekeeper.core.delight.DelightSettings;
import io.promisekeeper.core.notice.NoticeTemplates;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.UnitOfWork;
import io.promisekeeper.core.rules.Action;
import io.promisekeeper.core.rules.Rule;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.settings.json.RuleJson;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What administrators configure — rules, notice templates, notice settings, delight catalogue and limits — each
 * kept as a versioned JSON
 * document. A save validates everything first (nothing is written when anything is wrong), then writes the
 * document and its audit entry in one transaction, and only over the version the administrator read.
 */
public final class AdminConfiguration {
    /** Document name of the rule set. */
    public static final String RULES = "rules";
    /** Document name of the notice templates. */
    public static final String TEMPLATES = "templates";
    /** Document name of the notice settings. */
    public static final String SETTINGS = "settings";
    /** Document name of the delight catalogue and limits; separate so the notice settings keep their shape. */
    public static final String DELIGHT = "delight";
    /** Document name of the insight pages' settings (who besides administrators may see them). */
    public static final String INSIGHT = "insight";

    private final ConfigDocuments documents;
    private final AuditTrail audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final KnownUsers users;
    private final java.util.concurrent.ConcurrentMap<String, Parsed> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public AdminConfiguration(ConfigDocuments documents, AuditTrail audit, UnitOfWork unitOfWork, Clock clock,
                              ZoneId defaultZone) {
        this(documents, audit, unitOfWork, clock, defaultZone, KnownUsers.ANYONE);
    }

    /** {@code users}: who the notice settings may name as notice author or SLA reader. */
    public AdminConfiguration(ConfigDocuments documents, AuditTrail audit, UnitOfWork unitOfWork, Clock clock,
                              ZoneId defaultZone, KnownUsers users) {
        this.users = Objects.requireNonNull(users, "users");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
    }

    /** The notice templates; the built-in English and Dutch ones until an administrator saves others. */
    public Stored<NoticeTemplates> templates() {
        return stored(TEMPLATES, TemplatesJson::read, NoticeTemplates.defaults(), TemplatesJson::write);
    }

    /**
     * The rule set in force; none until an administrator saves some. A stored rule that no longer reads (it names a
     * template or gesture deleted since) is left out: see {@link #disabledRules()}.
     */
    public Stored<RuleSet> rules() {
        return rulesInForce();
    }

    /** Why stored rules are disabled (each error names its rule's JSON path); empty when every rule runs. */
    public List<FieldError> disabledRules() {
        RuleJson json = ruleJson();
        return documents.read(RULES).map(d -> parsed(RULES + "/disabled", d, List.of(json.templateIds(),
                json.gestureIds()), c -> json.readInForce(c).disabled())).orElse(List.of());
    }

    private Stored<RuleSet> rulesInForce() {
        RuleJson json = ruleJson();
        return stored(RULES, c -> json.readInForce(c).rules(), RuleSet.empty(), json::write,
                List.of(json.templateIds(), json.gestureIds()));
    }

    /** The notice settings; {@link NoticeSettings#defaults} until an administrator saves others. */
    public Stored<NoticeSettings> settings() {
        return stored(SETTINGS, NoticeSettingsJson::read, NoticeSettings.defaults(defaultZone),
                NoticeSettingsJson::write);
    }

    /**
     * The delight catalogue and limits; the built-in ones (months counted in the default zone) until an
     * administrator saves others.
     */
    public Stored<DelightSettings> delight() {
        Stored<DelightSettings> s = stored(DELIGHT, DelightJson::read, DelightSettings.defaults(defaultZone),
                DelightJson::write);
        // Written again rather than as stored: a document saved before issue 15 names the budget by its old key, and
        // the admin page and REST clients read the new one.
        return new Stored<>(s.value(), DelightJson.write(s.value()), s.version(), s.changedBy(), s.changedAt());
    }

    /**
     * Saves the delight catalogue and limits in {@code json}; refused while a rule still names a gesture the new
     * catalogue lacks.
     *
     * @throws InvalidSettings naming every problem (nothing saved)
     */
    public Stored<DelightSettings> saveDelight(String who, String json, long expectedVersion) {
        DelightSettings delight = DelightJson.read(json);
        List<FieldError> stillUsed = new ArrayList<>();
        for (Rule rule : rules().value().rules()) {
            for (Action action : rule.actions()) {
                if (action instanceof Action.SuggestDelight s && delight.catalogue().find(s.gestureId()).isEmpty()) {
                    stillUsed.add(FieldError.of("gestures", "gesture \"" + s.gestureId() + "\" is used by rule \""
                            + rule.name() + "\"; keep it or change the rule first", "gestureUsed", s.gestureId(),
                            rule.name()));
                }
            }
        }
        if (!stillUsed.isEmpty()) {
            throw new InvalidSettings(stillUsed.stream().distinct().toList());
        }
        return save(DELIGHT, who, delight, DelightJson.write(delight), expectedVersion);
    }

    /** The insight settings; no lead group until an administrator names some. */
    public Stored<InsightSettings> insight() {
        return stored(INSIGHT, InsightSettingsJson::read, InsightSettings.defaults(), InsightSettingsJson::write);
    }

    /** Saves the insight settings in {@code json}; @throws InvalidSettings naming every problem (nothing saved) */
    public Stored<InsightSettings> saveInsight(String who, String json, long expectedVersion) {
        InsightSettings settings = InsightSettingsJson.read(json);
        return save(INSIGHT, who, settings, InsightSettingsJson.write(settings), expectedVersion);
    }

    /** The rule JSON reader that knows the current templates and delight gestures. */
    public RuleJson ruleJson() {
        return new RuleJson(templates().value().ids(), delight().value().catalogue().ids());
    }

    /**
     * Saves the rule set in {@code json} over {@code expectedVersion}.
     *
     * @throws io.promisekeeper.core.settings.json.InvalidRuleSet naming every path that is wrong (nothing saved)
     * @throws io.promisekeeper.core.config.ConfigConflict when someone saved in between (nothing saved)
     */
    public Stored<RuleSet> saveRules(String who, String json, long expectedVersion) {
        RuleJson reader = ruleJson();
        RuleSet rules = reader.read(json);
        return save(RULES, who, rules, reader.write(rules), expectedVersion);
    }

    /**
     * Saves the templates in {@code json}; refused while a rule still names a template the new set lacks.
     *
     * @throws InvalidSettings naming every problem (nothing saved)
     */
    public Stored<NoticeTemplates> saveTemplates(String who, String json, long expectedVersion) {
        NoticeTemplates templates = TemplatesJson.read(json);
        List<FieldError> stillUsed = new ArrayList<>();
        for (Rule rule : rules().value().rules()) {
            for (Action action : rule.actions()) {
                templateOf(action).filter(id -> !templates.ids().contains(id)).ifPresent(id -> stillUsed.add(
                        FieldError.of("templates", "template \"" + id + "\" is used by rule \"" + rule.name()
                                + "\"; keep it or change the rule first", "templateUsed", id, rule.name())));
            }
        }
        if (!stillUsed.isEmpty()) {
            throw new InvalidSettings(stillUsed.stream().distinct().toList());
        }
        return save(TEMPLATES, who, templates, TemplatesJson.write(templates), expectedVersion);
    }

    /** Saves the notice settings in {@code json}; @throws InvalidSettings naming every problem (nothing saved) */
    public Stored<NoticeSettings> saveSettings(String who, String json, long expectedVersion) {
        // Dates an administrator writes lie in the same window as every other input (today in the default zone).
        NoticeSettings settings = NoticeSettingsJson.read(json, LocalDate.ofInstant(clock.instant(), defaultZone));
        List<FieldError> unknown = new ArrayList<>();
        unknownUser("noticeAuthor", settings.noticeAuthor(), unknown);
        unknownUser("slaReader", settings.slaReader(), unknown);
        if (!unknown.isEmpty()) {
            throw new InvalidSettings(unknown);
        }
        return save(SETTINGS, who, settings, NoticeSettingsJson.write(settings), expectedVersion);
    }

    private void unknownUser(String field, String nameOrKey, List<FieldError> errors) {
        if (!nameOrKey.isEmpty() && !users.exists(nameOrKey)) {
            errors.add(FieldError.of(field, "no Jira user has the key or name \"" + nameOrKey + "\"", "noSuchUser",
                    nameOrKey));
        }
    }

    /** The newest changes first, at most {@code limit}. */
    public List<AuditEntry> audit(int limit) {
        return audit.newest(limit);
    }

    /** The template ids an action names, if it names one. */
    public static Optional<String> templateOf(Action action) {
        if (action instanceof Action.PromptAgent a) {
            return Optional.of(a.template());
        }
        if (action instanceof Action.SendDelayNotice a) {
            return Optional.of(a.template());
        }
        return Optional.empty();
    }

    private <T> Stored<T> save(String name, String who, T value, String json, long expectedVersion) {
        Objects.requireNonNull(who, "who");
        return unitOfWork.inTransaction(() -> {
            String before = documents.read(name).map(ConfigDocument::content).orElse(null);
            ConfigDocument saved = documents.write(name, json, expectedVersion, who);
            audit.record(new AuditEntry(0, who, clock.instant(), name, before, json));
            return new Stored<>(value, json, saved.version(), saved.changedBy(), saved.changedAt());
        });
    }

    private <T> Stored<T> stored(String name, Function<String, T> read, T fallback, Function<T, String> write) {
        return stored(name, read, fallback, write, List.of());
    }

    private <T> Stored<T> stored(String name, Function<String, T> read, T fallback, Function<T, String> write,
                                 Object dependsOn) {
        Optional<ConfigDocument> doc = documents.read(name);
        if (doc.isEmpty()) {
            return new Stored<>(fallback, write.apply(fallback), 0, null, null);
        }
        ConfigDocument d = doc.get();
        return new Stored<>(parsed(name, d, dependsOn, read), d.content(), d.version(), d.changedBy(), d.changedAt());
    }

    /**
     * The document read once per stored version (and per state of what its reading depends on): ticket events and
     * job ticks ask for the configuration often, and it changes seldom. A save on any node raises the version, so a
     * stale parse is never used.
     */
    @SuppressWarnings("unchecked")
    private <T> T parsed(String key, ConfigDocument d, Object dependsOn, Function<String, T> read) {
        List<Object> version = List.of(d.version(), d.content(), dependsOn);
        Parsed cached = cache.get(key);
        if (cached != null && cached.version().equals(version)) {
            return (T) cached.value();
        }
        T value = read.apply(d.content());
        cache.put(key, new Parsed(version, value));
        return value;
    }

    private record Parsed(List<Object> version, Object value) {
    }

    /** Every document name this configuration keeps. */
    public static Set<String> names() {
        return Set.of(RULES, TEMPLATES, SETTINGS, DELIGHT, INSIGHT);
    }
}
