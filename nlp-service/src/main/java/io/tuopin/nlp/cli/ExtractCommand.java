package io.tuopin.nlp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tuopin.events.EventJson;
import io.tuopin.events.codec.UndecodableTextException;
import io.tuopin.nlp.service.ArticleProcessor;
import io.tuopin.nlp.service.ExtractionMapper;
import io.tuopin.nlp.service.NlpPipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code bin/extract FILE_OR_DIR...}: prints one JSON object per article file (.txt, .html, .htm)
 * on one line to stdout; logs and errors go to stderr. Exits 1 if any file could not be read.
 */
public final class ExtractCommand {
    private final ArticleProcessor processor;
    private final ObjectMapper json = EventJson.mapper();
    private final PrintStream out;

    ExtractCommand(ArticleProcessor processor, PrintStream out) {
        this.processor = processor;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: bin/extract FILE_OR_DIR...");
            System.exit(2);
        }
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(System.err, true, StandardCharsets.UTF_8)); // libraries' chatter goes to stderr
        ExtractCommand command = new ExtractCommand(NlpPipeline.createProcessor(), stdout);
        int failures = command.run(args);
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
            var extraction = processor.process(ArticleFiles.read(file));
            print(ExtractionMapper.extractResult(source, extraction));
            return true;
        } catch (UndecodableTextException | IOException e) {
            print(Map.of("source", source, "error", String.valueOf(e.getMessage())));
            System.err.println(source + ": " + e.getMessage());
            return false;
        }
    }

    private void print(Object line) throws IOException {
        out.println(json.writeValueAsString(line));
    }
}
