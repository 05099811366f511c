package io.promisekeeper.core.notice;

import io.promisekeeper.core.promise.FieldError;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The notice templates of an instance, by id and language. Every id has an English version, the fallback for
 * customers whose language has none.
 */
public final class NoticeTemplates {
    /** The language used when the customer's has no template. */
    public static final String FALLBACK = "en";
    /** The template a delay notice uses unless a rule names another. */
    public static final String DELAY_NOTICE = "delay-notice";
    /** The template for a notice after a promise was broken. */
    public static final String BROKEN_PROMISE = "broken-promise";

    private final Map<String, NoticeTemplate> byIdAndLanguage;

    /** @throws InvalidTemplate when an id lacks its English version */
    public NoticeTemplates(List<NoticeTemplate> templates) {
        Map<String, NoticeTemplate> map = new TreeMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (NoticeTemplate t : templates) {
            if (map.put(t.id() + "/" + t.language(), t) != null) {
                errors.add(FieldError.of("templates." + t.id() + "." + t.language(), "is given twice", "givenTwice"));
            }
        }
        for (NoticeTemplate t : templates) {
            if (!map.containsKey(t.id() + "/" + FALLBACK)) {
                errors.add(FieldError.of("templates." + t.id() + "." + FALLBACK,
                        "is required: English is the fallback", "requiredEnglish"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidTemplate(errors.stream().distinct().toList());
        }
        this.byIdAndLanguage = Map.copyOf(map);
    }

    /** The built-in templates, in English and Dutch. */
    public static NoticeTemplates defaults() {
        return new NoticeTemplates(List.of(
                new NoticeTemplate(DELAY_NOTICE, "en", """
                        Hello ${customerFirstName},

                        We promised you: "${promiseText}", by ${promiseDue}. We are running late and now expect \
                        to be done by ${expectedCompletion}. We are sorry for the delay and will keep you posted \
                        on ${ticketKey}.

                        Kind regards,
                        ${agentName}"""),
                new NoticeTemplate(DELAY_NOTICE, "nl", """
                        Beste ${customerFirstName},

                        We hebben u toegezegd: "${promiseText}", uiterlijk ${promiseDue}. Dat lukt helaas niet op \
                        tijd; we verwachten nu klaar te zijn op ${expectedCompletion}. Excuses voor de vertraging. \
                        We houden u via ${ticketKey} op de hoogte.

                        Met vriendelijke groet,
                        ${agentName}"""),
                new NoticeTemplate(BROKEN_PROMISE, "en", """
                        Hello ${customerFirstName},

                        We did not keep our promise "${promiseText}" (due ${promiseDue}). We are sorry. We are \
                        still working on ${ticketKey} and will tell you as soon as we have news.

                        Kind regards,
                        ${agentName}"""),
                new NoticeTemplate(BROKEN_PROMISE, "nl", """
                        Beste ${customerFirstName},

                        We zijn onze toezegging "${promiseText}" (uiterlijk ${promiseDue}) niet nagekomen. Onze \
                        excuses. We werken verder aan ${ticketKey} en laten u weten zodra er nieuws is.

                        Met vriendelijke groet,
                        ${agentName}""")));
    }

    /** The template with this id in {@code language}, else in English; empty for an unknown id. */
    public Optional<NoticeTemplate> find(String id, String language) {
        NoticeTemplate t = byIdAndLanguage.get(id + "/" + language);
        return Optional.ofNullable(t != null ? t : byIdAndLanguage.get(id + "/" + FALLBACK));
    }

    /** The ids of all templates. */
    public Set<String> ids() {
        Set<String> ids = new TreeSet<>();
        byIdAndLanguage.values().forEach(t -> ids.add(t.id()));
        return ids;
    }

    /** All templates, sorted by id and language. */
    public List<NoticeTemplate> all() {
        return List.copyOf(new TreeMap<>(byIdAndLanguage).values());
    }

    /** The template rendered with sample values, as the admin page previews it. */
    public static String preview(NoticeTemplate template, ZoneId zone) {
        return template.render(NoticeFacts.sample(zone));
    }
}
