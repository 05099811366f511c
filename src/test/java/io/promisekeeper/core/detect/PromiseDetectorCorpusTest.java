package io.promisekeeper.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.Calendars;
import io.promisekeeper.core.calendar.DuePhrases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Measures the detector on the labelled corpus and prints the figures the issue asks for. */
class PromiseDetectorCorpusTest {

    record Row(Instant writtenAt, String language, String comment, String kind, Instant due) {
        boolean promise() {
            return !kind.equals("NONE");
        }
    }

    @Test
    void meetsPrecisionRecallAndDueTargets() throws IOException {
        List<Row> rows = corpus();
        BusinessCalendar calendar = Calendars.dutchOffice();
        PromiseDetector detector = new PromiseDetector(new DuePhrases());

        int tp = 0;
        int fp = 0;
        int fn = 0;
        int dueExact = 0;
        int kindExact = 0;
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            List<DetectedPromise> found = detector.detect(row.comment(), row.writtenAt(), calendar);
            DetectedPromise first = found.isEmpty() ? null : found.get(0);
            if (row.promise() && first != null) {
                tp++;
                if (first.due().equals(row.due())) {
                    dueExact++;
                } else {
                    misses.add("due  " + row.due() + " got " + first.due() + "  | " + row.comment());
                }
                if (first.kind().name().equals(row.kind())) {
                    kindExact++;
                } else {
                    misses.add("kind " + row.kind() + " got " + first.kind() + "  | " + row.comment());
                }
            } else if (row.promise()) {
                fn++;
                misses.add("miss " + row.kind() + "  | " + row.comment());
            } else if (first != null) {
                fp++;
                misses.add("false " + first.kind() + " " + first.due() + "  | " + row.comment());
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double dueRate = tp == 0 ? 0 : (double) dueExact / tp;
        double kindRate = tp == 0 ? 0 : (double) kindExact / tp;
        long negatives = rows.stream().filter(r -> !r.promise()).count();
        misses.forEach(m -> System.out.println("  corpus: " + m));
        System.out.println(String.format(Locale.ROOT,
                "promise detection: precision %.2f recall %.2f due-exact %.2f kind-exact %.2f over %d sentences"
                        + " (%d promises, %d negatives; tp %d fp %d fn %d)",
                precision, recall, dueRate, kindRate, rows.size(), rows.size() - negatives, negatives, tp, fp, fn));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.80);
        assertThat(dueRate).as("due exact on true positives").isGreaterThanOrEqualTo(0.85);
    }

    static List<Row> corpus() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                PromiseDetectorCorpusTest.class.getResourceAsStream("/detect/corpus.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Row(Instant.parse(f[0]), f[1], f[2].replace("\\n", "\n"), f[3],
                        f[4].equals("-") ? null : Instant.parse(f[4])));
            }
        }
        return rows;
    }
}
