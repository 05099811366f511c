package io.promisekeeper.core.delight;

import java.time.ZoneId;
import java.util.Objects;

/** The delight configuration administrators keep as one document: the catalogue and the limits. */
public record DelightSettings(DelightCatalogue catalogue, DelightLimits limits) {
    public DelightSettings {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(limits, "limits");
    }

    /** The built-in catalogue and limits, counting months in {@code zone}. */
    public static DelightSettings defaults(ZoneId zone) {
        return new DelightSettings(DelightCatalogue.defaults(), DelightLimits.defaults(zone));
    }
}
