package app.konqer.server.fuzz;

import app.konqer.server.RouteTable;
import app.konqer.server.auth.Access;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations to fuzz: every route the server registered (its route table, so a new route is fuzzed without
 * being named here), with what the OpenAPI document says of it: its query and header parameters, and its request
 * body's schema.
 */
final class ApiOperations {
  private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
  private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options|trace):.*$");
  private static final Pattern NAME = Pattern.compile("^\\s+-?\\s*name: (\\S+)\\s*$");
  private static final Pattern IN = Pattern.compile("^\\s+in: (query|header|path)\\s*$");
  private static final Pattern PARAMETER_REF = Pattern.compile("\\$ref: \"#/components/parameters/(\\w+)\"");
  private static final Pattern SCHEMA = Pattern.compile("^\\s+schema: (.*)$");
  private static final Pattern SCHEMA_REF = Pattern.compile("\\$ref: \"#/components/schemas/(\\w+)\"");
  private static final Pattern COMPONENT = Pattern.compile("^    (\\w+):\\s*$");

  /**
   * One operation.
   *
   * @param method the method, such as {@code POST}
   * @param path the path template, such as {@code /services/{service}/generate}
   * @param access who may call it
   * @param query the query parameters it reads
   * @param headers the request headers it documents, such as {@code Idempotency-Key}
   * @param bodySchema the request body's schema name, {@code object} for an untyped one, or {@code null} for none
   */
  record Operation(String method, String path, Access access, Set<String> query, Set<String> headers,
      String bodySchema) {

    /** @return {@code METHOD /path} */
    String key() {
      return method + " " + path;
    }

    /** @return whether the operation takes a body */
    boolean hasBody() {
      return bodySchema != null;
    }

    /** @return the names of the path's parameters, such as {@code service} */
    List<String> pathParameters() {
      List<String> names = new ArrayList<>();
      Matcher matcher = Pattern.compile("\\{(\\w+)}").matcher(path);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return names;
    }
  }

  private ApiOperations() {}

  /**
   * The registered routes with their documented parameters and bodies.
   *
   * @param routes the server's route table
   * @param openApi the server's OpenAPI document
   * @return the operations, in route table order
   * @throws IllegalStateException when a route is not documented
   */
  static List<Operation> of(List<RouteTable.Route> routes, String openApi) {
    Map<String, Documented> documented = parse(openApi);
    List<Operation> operations = new ArrayList<>();
    for (RouteTable.Route route : routes) {
      Documented doc = documented.get(route.method() + " " + route.path());
      if (doc == null) {
        throw new IllegalStateException(route.method() + " " + route.path() + " is not in openapi.yaml");
      }
      operations.add(new Operation(route.method(), route.path(), route.access(), Set.copyOf(doc.query),
          Set.copyOf(doc.headers), doc.bodySchema));
    }
    return List.copyOf(operations);
  }

  private static final class Documented {
    final Set<String> query = new LinkedHashSet<>();
    final Set<String> headers = new LinkedHashSet<>();
    String bodySchema;
  }

  private static Map<String, Documented> parse(String yaml) {
    String[] lines = yaml.split("\n");
    Map<String, String[]> sharedParameters = sharedParameters(lines);
    Map<String, Documented> operations = new HashMap<>();
    String section = "";
    String path = null;
    Documented current = null;
    boolean inBody = false;
    String pendingName = null;
    for (String line : lines) {
      if (!line.startsWith(" ") && !line.isBlank()) {
        section = line.strip();
        current = null;
        continue;
      }
      if (!section.startsWith("paths:")) {
        continue;
      }
      Matcher pathLine = PATH.matcher(line);
      if (pathLine.matches()) {
        path = pathLine.group(1);
        current = null;
        continue;
      }
      Matcher methodLine = METHOD.matcher(line);
      if (methodLine.matches() && path != null) {
        current = new Documented();
        operations.put(methodLine.group(1).toUpperCase(Locale.ROOT) + " " + path, current);
        inBody = false;
        continue;
      }
      if (current == null) {
        continue;
      }
      if (line.startsWith("      requestBody:")) {
        inBody = true;
        continue;
      }
      if (line.startsWith("      ") && !line.startsWith("       ")) {
        inBody = false;
      }
      Matcher schema = SCHEMA.matcher(line);
      if (inBody && schema.matches() && current.bodySchema == null) {
        Matcher ref = SCHEMA_REF.matcher(schema.group(1));
        current.bodySchema = ref.find() ? ref.group(1) : "object";
        continue;
      }
      Matcher parameterRef = PARAMETER_REF.matcher(line);
      if (parameterRef.find() && sharedParameters.containsKey(parameterRef.group(1))) {
        add(current, sharedParameters.get(parameterRef.group(1)));
        continue;
      }
      Matcher name = NAME.matcher(line);
      if (name.matches()) {
        pendingName = name.group(1);
        continue;
      }
      Matcher in = IN.matcher(line);
      if (in.matches() && pendingName != null) {
        add(current, new String[] {pendingName, in.group(1)});
        pendingName = null;
      }
    }
    return operations;
  }

  private static void add(Documented operation, String[] parameter) {
    if (parameter[1].equals("query")) {
      operation.query.add(parameter[0]);
    } else if (parameter[1].equals("header")) {
      operation.headers.add(parameter[0]);
    }
  }

  /** {@code components.parameters}: each shared parameter's name and location. */
  private static Map<String, String[]> sharedParameters(String[] lines) {
    Map<String, String[]> parameters = new HashMap<>();
    boolean inComponents = false;
    boolean inParameters = false;
    String component = null;
    String name = null;
    for (String line : lines) {
      if (!line.startsWith(" ") && !line.isBlank()) {
        inComponents = line.startsWith("components:");
        continue;
      }
      if (!inComponents) {
        continue;
      }
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        inParameters = line.strip().equals("parameters:");
        continue;
      }
      if (!inParameters) {
        continue;
      }
      Matcher componentLine = COMPONENT.matcher(line);
      if (componentLine.matches()) {
        component = componentLine.group(1);
        name = null;
        continue;
      }
      Matcher nameLine = NAME.matcher(line);
      if (nameLine.matches()) {
        name = nameLine.group(1);
        continue;
      }
      Matcher in = IN.matcher(line);
      if (in.matches() && component != null && name != null) {
        parameters.put(component, new String[] {name, in.group(1)});
      }
    }
    return parameters;
  }
}
