package io.tuopin.nlp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tuopin.events.EventJson;
import io.tuopin.events.codec.UndecodableTextException;
import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.nlp.service.ArticleProcessor;
import io.tuopin.nlp.service.ExtractionMapper;
import io.tuopin.nlp.service.NlpPipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/extract [--region CODE_OR_NAME] FILE_OR_DIR...}: prints one JSON object per article file
 * (.txt, .html, .htm) on one line to stdout; logs and errors go to stderr. Exits 1 if any file could
 * not be read, 2 on bad arguments. {@code --region} is the region hint ingest takes (a code, or a
 * name that denotes one region): the subject of every file whose text names no place.
 */
public final class ExtractCommand {
    private static final String USAGE = "usage: bin/extract [--region CODE_OR_NAME] FILE_OR_DIR...";
    private final ArticleProcessor processor;
    private final ObjectMapper json = EventJson.mapper();
    private final PrintStream out;
    private final String regionHint;

    ExtractCommand(ArticleProcessor processor, PrintStream out, String regionHint) {
        this.processor = processor;
        this.out = out;
        this.regionHint = regionHint;
    }

    /** The command line: an optional region hint (resolved to its code) and the files. */
    record Arguments(String regionHint, List<String> paths) {

        static Arguments parse(String[] args) {
            List<String> paths = new ArrayList<>(List.of(args));
            String hint = null;
            int at = paths.indexOf("--region");
            if (at >= 0) {
                if (at + 1 >= paths.size()) {
                    throw new IllegalArgumentException("--region needs a region code or name");
                }
                hint = Gazetteer.standard().resolve(paths.get(at + 1)).code();
                paths.subList(at, at + 2).clear();
            }
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("no file or folder given");
            }
            return new Arguments(hint, List.copyOf(paths));
        }
    }

    public static void main(String[] args) throws IOException {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bin/extract: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(System.err, true, StandardCharsets.UTF_8)); // libraries' chatter goes to stderr
        ExtractCommand command = new ExtractCommand(NlpPipeline.createProcessor(), stdout, arguments.regionHint());
        int failures = command.run(arguments.paths().toArray(String[]::new));
        stdout.flush();
        System.exit(failures == 0 ? 0 : 1);
    }

    int run(String[] args) throws IOException {
        int failures = 0;
        for (Path file : ArticleFiles.list(args)) {
            if (!extract(file)) {
                failures++;
            }
        }
        return failures;
    }

    private boolean extract(Path file) throws IOException {
        String source = file.toString();
        try {
            var extraction = processor.process(ArticleFiles.read(file).withRegionHint(regionHint));
            print(ExtractionMapper.extractResult(source, extraction));
            return true;
        } catch (UndecodableTextException | IOException e) {
            print(Map.of("source", source, "error", String.valueOf(e.getMessage())));
            System.err.println(source + ": " + e.getMessage());
            return false;
        }
    }

    private void print(Object line) throws IOException {
        out.write(json.writeValueAsBytes(line)); // UTF-8 bytes straight from Jackson, not a String encoded again
        out.write('\n');
    }
}
