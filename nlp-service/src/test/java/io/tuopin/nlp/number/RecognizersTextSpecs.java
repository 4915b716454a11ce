package io.tuopin.nlp.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads the Recognizers-Text spec files under ../shared/peer (see its README). */
final class RecognizersTextSpecs {

    private RecognizersTextSpecs() {
    }

    /** One expected entity: folded text, inclusive start and end, resolution value and unit. */
    record Expected(String text, int start, int end, String value, String unit) {
    }

    record Case(int index, String input, boolean javaSupported, boolean ignoreResolution, List<Expected> results) {
    }

    static List<Case> load(String relative) throws IOException {
        Path root = SharedMaterials.require("peer/recognizers-text");
        JsonNode array = new ObjectMapper().readTree(root.resolve(relative).toFile());
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode c = array.get(i);
            String notSupported = c.path("NotSupported").asText("").toLowerCase(Locale.ROOT);
            boolean java = Arrays.stream(notSupported.split("\\s*,\\s*")).noneMatch("java"::equals);
            List<Expected> results = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                JsonNode res = r.path("Resolution");
                results.add(new Expected(r.path("Text").asText(), r.path("Start").asInt(), r.path("End").asInt(),
                        res.path("value").isNull() ? null : res.path("value").asText(null),
                        res.path("unit").asText(null)));
            }
            cases.add(new Case(i, c.path("Input").asText(), java, c.path("IgnoreResolution").asBoolean(false), results));
        }
        return cases;
    }

}
