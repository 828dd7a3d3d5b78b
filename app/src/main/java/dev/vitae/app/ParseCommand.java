package dev.vitae.app;

import dev.vitae.schemas.ProfileJson;
import dev.vitae.schemas.ResumeProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vitae parse}: the pipeline's extraction and enrichment in-process, without Kafka. Writes
 * {@code DIR/<file name>.json} per input (or prints to stdout), and with {@code --text DIR2} the text
 * the readings read as {@code DIR2/<file name>.txt}, exactly the string the profile's evidence
 * offsets index into; a refused file is reported on
 * stderr as {@code refused <file>: <OUTCOME> — <reason>} after every other file was written, and
 * makes the exit code 1.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Extract and enrich files in-process (no Kafka) and write their profiles as JSON.")
public final class ParseCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Résumé files.")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<file name>.json per input (default: print to stdout).")
    Path out;

    @Option(names = "--text", paramLabel = "DIR",
            description = "Also write DIR/<file name>.txt: the text the readings read (extracted and cleaned), which evidence offsets index into.")
    Path text;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = "Upload time that 'present' resolves against (ISO-8601; default: now).")
    Instant asOf;

    /** Output shapes. */
    enum Format { vitae, jsonresume }

    @Option(names = "--format", defaultValue = "vitae",
            description = "vitae (the profile, as the store and API give it) or jsonresume (JSON Resume 1.0, Vitae's extras under meta.vitae). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--in-process", description = "Parse in this JVM instead of a supervised child process.")
    boolean inProcess;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (LocalParser parser = LocalParser.open(inProcess, asOf != null ? asOf : Instant.now())) {
            return parse(parser);
        }
    }

    private int parse(LocalParser parser) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (out != null) {
            Files.createDirectories(out);
        }
        if (text != null) {
            Files.createDirectories(text);
        }
        List<String> refused = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                refused.add("refused " + file + ": UNREADABLE — " + e.getMessage());
                continue;
            }
            String name = file.getFileName().toString();
            LocalParser.Result parsed = parser.parse(bytes, name);
            if (!parsed.isOk()) {
                refused.add("refused " + file + ": " + parsed.refusal());
                continue;
            }
            if (text != null) {
                Files.writeString(text.resolve(name + ".txt"), parsed.text(), StandardCharsets.UTF_8);
            }
            ResumeProfile profile = parsed.profile();
            String json = format == Format.jsonresume
                    ? ProfileJson.mapper().writeValueAsString(dev.vitae.schemas.JsonResume.of(profile))
                    : ProfileJson.toJson(profile);
            if (out != null) {
                Files.writeString(out.resolve(name + ".json"), json + "\n", StandardCharsets.UTF_8);
            } else {
                printed.add(json);
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (!printed.isEmpty()) {
            stdout.println(printed.size() == 1 ? printed.get(0) : "[\n" + String.join(",\n", printed) + "\n]");
            stdout.flush();
        }
        refused.forEach(err::println);
        err.flush();
        return refused.isEmpty() ? 0 : 1;
    }
}
