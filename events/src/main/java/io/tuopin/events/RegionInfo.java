package io.tuopin.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A region of the gazetteer with its place in the hierarchy, so that consumers can build the
 * region tree without a gazetteer of their own. Villages have no code; they are keyed by
 * {@code parentCode + name}.
 *
 * @param aliases short names, old names and old codes that also denote this region
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionInfo(String code, String name, String level, String parentCode, List<String> aliases) {
}
