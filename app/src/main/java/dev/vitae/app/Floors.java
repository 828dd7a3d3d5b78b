package dev.vitae.app;

import dev.vitae.enricher.evaluation.Field;
import dev.vitae.enricher.evaluation.Report;
import dev.vitae.enricher.evaluation.Tally;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Minimum scores per field, as {@code --min roles=0.9,skills=0.9} gives them (F1) or
 * {@code --min-recall organizations=0.1} (recall) or {@code --min-precision skills=0.6} (precision). As in score.py, a score is compared after
 * rounding to three decimals, the precision the report shows.
 */
final class Floors {
    private final String measure;
    private final ToDoubleFunction<Tally> score;
    private final Map<Field, Double> floors = new EnumMap<>(Field.class);

    private Floors(String measure, ToDoubleFunction<Tally> score) {
        this.measure = measure;
        this.score = score;
    }

    static Floors f1(String spec) {
        return parse("F1", Tally::f1, spec);
    }

    static Floors recall(String spec) {
        return parse("recall", Tally::recall, spec);
    }

    static Floors precision(String spec) {
        return parse("precision", Tally::precision, spec);
    }

    /** {@code field=number,…}; an unknown field or a malformed number is an IllegalArgumentException naming it. */
    private static Floors parse(String measure, ToDoubleFunction<Tally> score, String spec) {
        Floors f = new Floors(measure, score);
        if (spec == null) {
            return f;
        }
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("'" + part + "' is not FIELD=NUMBER");
            }
            Field field = Field.of(kv[0]);
            try {
                f.floors.put(field, Double.parseDouble(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + kv[1].strip() + "' for " + field.key() + " is not a number");
            }
        }
        return f;
    }

    /** One line per field below its floor, e.g. {@code skills F1 0.812 < 0.9}; empty when all hold. */
    List<String> failures(Report report) {
        List<String> out = new ArrayList<>();
        floors.forEach((field, floor) -> {
            double value = Math.round(score.applyAsDouble(report.total(field)) * 1000) / 1000.0;
            if (value < floor) {
                out.add(String.format(Locale.ROOT, "%s %s %.3f < %s", field.key(), measure, value, floor));
            }
        });
        return out;
    }
}
