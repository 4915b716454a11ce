package io.tuopin.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A region of the gazetteer with its place in the hierarchy, so that consumers can build the
 * region tree without a gazetteer of their own. A village has its 12-digit code when the village
 * list has it (its key is then the code), else no code (its key is {@code parentCode + "/" + name});
 * its name is the one the article writes.
 *
 * @param aliases short names, old names and old codes that also denote this region (for a village: its
 *                listed name, when the article writes it otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionInfo(String code, String name, String level, String parentCode, List<String> aliases) {
}
