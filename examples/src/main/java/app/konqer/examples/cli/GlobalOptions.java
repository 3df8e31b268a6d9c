package app.konqer.examples.cli;

import picocli.CommandLine.Option;

/** The options every command takes. */
final class GlobalOptions {
  @Option(names = "--base-url", paramLabel = "URL",
      description = "The Konqer API. Default: KONQER_BASE_URL, else the URL saved by login.")
  String baseUrl;

  @Option(names = "--json", description = "Print JSON for scripts instead of text.")
  boolean json;
}
