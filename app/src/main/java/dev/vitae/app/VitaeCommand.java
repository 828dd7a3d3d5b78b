package dev.vitae.app;

import dev.vitae.enricher.EnricherCommand;
import dev.vitae.extractor.ExtractorCommand;
import dev.vitae.ingest.IngestCommand;
import dev.vitae.sink.SinkCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vitae} command: local mode, the front door, and each service on its own. */
@Command(name = "vitae", mixinStandardHelpOptions = true, versionProvider = VitaeCommand.Version.class,
        description = "Event-driven résumé processing: ingest -> extractor -> enricher -> sink.",
        subcommands = {UpCommand.class, DemoCommand.class, ParseCommand.class, EvalCommand.class, TrainCommand.class, IngestCommand.class, dev.vitae.ingest.watch.WatchCommand.class, AuditCommand.class, ReplayCommand.class, DlqCommand.class,
                AclsCommand.class,
                ExtractorCommand.class, EnricherCommand.class, SinkCommand.class, CommandLine.HelpCommand.class})
public final class VitaeCommand {

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new VitaeCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true); // --outcome corrupt is --outcome CORRUPT
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("vitae " + cmd.getCommandName() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            org.slf4j.LoggerFactory.getLogger(VitaeCommand.class).debug("failure", e);
            return 2;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = VitaeCommand.class.getPackage().getImplementationVersion();
            return new String[] {"vitae " + (v == null ? "development build" : v)};
        }
    }
}
