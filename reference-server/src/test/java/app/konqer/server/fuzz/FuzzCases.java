package app.konqer.server.fuzz;

import app.konqer.server.auth.Access;
import app.konqer.server.billing.dev.DevStripeEvents;
import app.konqer.server.paging.Cursor;
import app.konqer.server.paging.CursorCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Makes the fuzzed requests. Request {@code i} of a seed is drawn from a random source of its own, seeded from the
 * seed and {@code i} alone, so any single request can be made again without the ones before it.
 */
final class FuzzCases {
  /** The families of cases, each with its weight and the operations it applies to. */
  enum Family {
    VALID("valid", 6, operation -> true),
    BODY_MUTATION("body-mutation", 30, ApiOperations.Operation::hasBody),
    MALFORMED_JSON("malformed-json", 9, ApiOperations.Operation::hasBody),
    CONTENT_TYPE("content-type", 6, ApiOperations.Operation::hasBody),
    BODY_SIZE("body-size", 4, ApiOperations.Operation::hasBody),
    QUERY("query", 10, operation -> true),
    PATH("path", 10, operation -> true),
    METHOD("method", 5, operation -> true),
    HEADERS("headers", 10, operation -> true),
    AUTH("auth", 6, operation -> true),
    WEBHOOK("signed-webhook", 4, operation -> operation.bodySchema() != null
        && operation.bodySchema().equals("object"));

    final String label;
    final int weight;
    final Predicate<ApiOperations.Operation> appliesTo;

    Family(String label, int weight, Predicate<ApiOperations.Operation> appliesTo) {
      this.label = label;
      this.weight = weight;
      this.appliesTo = appliesTo;
    }
  }

  private static final List<String> METHODS = List.of(
      "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "BREW", "get", "PROPFIND", "M-SEARCH");
  private static final List<String> EXTRA_MEMBERS = List.of(
      "plan", "role", "roles", "quota", "user_id", "unlocked_at", "admin", "id", "created_at", "locked",
      "daily_limit", "__proto__", "constructor", "status", "service", "");

  /** Moshi reads JSON nested at most this deep; deeper is malformed for every body. */
  private static final int MAX_JSON_DEPTH = 256;

  private final long seed;
  private final List<ApiOperations.Operation> operations;
  private final FuzzWorld world;
  private final int totalWeight;

  FuzzCases(long seed, List<ApiOperations.Operation> operations, FuzzWorld world) {
    this.seed = seed;
    this.operations = operations;
    this.world = world;
    this.totalWeight = java.util.Arrays.stream(Family.values()).mapToInt(f -> f.weight).sum();
  }

  /**
   * Request {@code index} of this seed.
   *
   * @param index the position in the run
   * @return the request
   */
  FuzzRequest make(int index) {
    SplittableRandom random = new SplittableRandom(mix(seed ^ mix(index + 0x9E3779B97F4A7C15L)));
    Family family = family(random);
    List<ApiOperations.Operation> candidates = operations.stream().filter(family.appliesTo).toList();
    if (candidates.isEmpty()) {
      family = Family.VALID;
      candidates = operations;
    }
    ApiOperations.Operation operation = candidates.get(random.nextInt(candidates.size()));
    Draft draft = valid(operation, random);
    switch (family) {
      case VALID -> { }
      case BODY_MUTATION -> mutateBody(draft, random);
      case MALFORMED_JSON -> malformedJson(draft, random);
      case CONTENT_TYPE -> contentType(draft, random);
      case BODY_SIZE -> bodySize(draft, random);
      case QUERY -> query(draft, random);
      case PATH -> path(draft, random);
      case METHOD -> method(draft, random);
      case HEADERS -> headers(draft, random);
      case AUTH -> auth(draft, random);
      case WEBHOOK -> webhook(draft, random);
      default -> throw new IllegalStateException(family.name());
    }
    sign(draft, random, family);
    return draft.build(index, family.label);
  }

  private Family family(SplittableRandom random) {
    int pick = random.nextInt(totalWeight);
    for (Family family : Family.values()) {
      pick -= family.weight;
      if (pick < 0) {
        return family;
      }
    }
    throw new IllegalStateException();
  }

  /** A valid call: real path values, the right token, a valid body, sometimes a valid idempotency key. */
  private Draft valid(ApiOperations.Operation operation, SplittableRandom random) {
    Draft draft = new Draft(operation);
    Map<String, List<String>> values = world.pathValues().getOrDefault(operation.key(), Map.of());
    for (String parameter : operation.pathParameters()) {
      List<String> choices = values.get(parameter);
      if (choices == null || choices.isEmpty()) {
        draft.pathValues.put(parameter, uuid(random).toString());
        draft.expect(Expectation.EITHER);
      } else {
        draft.pathValues.put(parameter, choices.get(random.nextInt(choices.size())));
      }
    }
    draft.renderPath();
    String owner = world.owners().get(operation.key());
    switch (operation.access()) {
      case USER -> draft.header("Authorization", "Bearer " + (owner != null ? owner
          : world.users().get(random.nextInt(world.users().size()))));
      case ADMIN -> draft.header("Authorization", "Bearer " + world.admin());
      default -> {
        if (random.nextInt(4) == 0) {
          draft.header("Authorization", "Bearer " + world.users().get(0));
        }
      }
    }
    if (operation.hasBody()) {
      draft.header("Content-Type", random.nextBoolean() ? "application/json" : "application/json; charset=utf-8");
      draft.body = sample(draft).getBytes(StandardCharsets.UTF_8);
    }
    if (operation.headers().contains("Idempotency-Key") && random.nextInt(3) == 0) {
      draft.header("Idempotency-Key", "fuzz-key-" + random.nextInt(40));
    }
    if (operation.query().contains("limit") && random.nextInt(3) == 0) {
      draft.queryParameter("limit", Integer.toString(1 + random.nextInt(100)));
    }
    return draft;
  }

  private String sample(Draft draft) {
    var sample = world.samples().get(draft.operation.bodySchema());
    if (sample == null) {
      throw new IllegalStateException("No valid body for schema " + draft.operation.bodySchema() + " of "
          + draft.operation.key() + ": add one to the fuzz world");
    }
    return sample.apply(draft.pathValues);
  }

  // ---- body mutations --------------------------------------------------------------------------------------------

  private void mutateBody(Draft draft, SplittableRandom random) {
    Object root = JsonTree.parse(new String(draft.body, StandardCharsets.UTF_8));
    Holder holder = new Holder(root);
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      mutate(holder, random, draft);
    }
    draft.body = JsonTree.encode(holder.root);
    if (!(holder.root instanceof Map<?, ?>) || depth(holder.root) > MAX_JSON_DEPTH) {
      draft.expect(Expectation.REJECT);
    }
    if (draft.body.length > 2 * world.maxBodyBytes()) {
      draft.body = java.util.Arrays.copyOf(draft.body, 2 * world.maxBodyBytes());
    }
    draft.expect(draft.body.length > world.maxBodyBytes() ? Expectation.REJECT : Expectation.EITHER);
  }

  /** Holds the root so that it can be replaced like any member. */
  private static final class Holder {
    Object root;

    Holder(Object root) {
      this.root = root;
    }
  }

  /** A place in a tree: a member of an object or an element of a list, or the root. */
  private record Slot(Object parent, Object key) {}

  @SuppressWarnings("unchecked")
  private void mutate(Holder holder, SplittableRandom random, Draft draft) {
    List<Slot> slots = new ArrayList<>();
    slots.add(new Slot(holder, null));
    collect(holder.root, slots);
    Slot slot = slots.get(random.nextInt(slots.size()));
    Object current = get(slot);
    Object replacement;
    switch (random.nextInt(13)) {
      case 0 -> {
        if (slot.parent() instanceof Map<?, ?> map) {
          map.remove(slot.key());
          return;
        }
        replacement = null;
      }
      case 1 -> replacement = null;
      case 2 -> replacement = wrongType(random);
      case 3 -> replacement = NastyValues.text(random);
      case 4 -> replacement = NastyValues.badUtf8String(random);
      case 5 -> replacement = NastyValues.number(random);
      case 6 -> replacement = NastyValues.list(current, copies(current, 100 + random.nextInt(3000)));
      case 7 -> replacement = nested(current, 20 + random.nextInt(400), random.nextBoolean());
      case 8 -> {
        Object target = current instanceof Map<?, ?> ? current : holder.root;
        if (target instanceof Map<?, ?> map) {
          String name = random.nextInt(4) == 0 ? NastyValues.text(random)
              : EXTRA_MEMBERS.get(random.nextInt(EXTRA_MEMBERS.size()));
          ((Map<String, Object>) map).put(name, wrongType(random));
        }
        return;
      }
      case 9 -> {
        int room = Math.max(0, world.maxBodyBytes() - JsonTree.encode(holder.root).length - 2);
        int size = random.nextBoolean() ? room - random.nextInt(64) : room + 1 + random.nextInt(1024);
        replacement = NastyValues.repeat(random.nextBoolean() ? "a" : "\u00e9", Math.max(0, size));
      }
      case 10 -> replacement = NastyValues.NAMES.get(random.nextInt(NastyValues.NAMES.size()));
      case 11 -> {
        if (current instanceof List<?> list && !list.isEmpty()) {
          replacement = NastyValues.list(list.get(0), copies(list.get(0), 20 + random.nextInt(200)));
        } else {
          replacement = new ArrayList<>();
        }
      }
      default -> replacement = current instanceof String s ? s + NastyValues.text(random) : NastyValues.text(random);
    }
    set(slot, replacement);
  }

  /** How many copies of a value to make: as asked, but no more than it takes to pass twice the body cap. */
  private int copies(Object value, int wanted) {
    int size = Math.max(1, JsonTree.encode(value).length);
    return Math.min(wanted, 2 * world.maxBodyBytes() / size + 1);
  }

  /** How deeply a tree nests: 1 for a scalar. */
  private static int depth(Object node) {
    int deepest = 0;
    if (node instanceof Map<?, ?> map) {
      for (Object value : map.values()) {
        deepest = Math.max(deepest, depth(value));
      }
    } else if (node instanceof List<?> list) {
      for (Object value : list) {
        deepest = Math.max(deepest, depth(value));
      }
    }
    return deepest + 1;
  }

  private static Object wrongType(SplittableRandom random) {
    return switch (random.nextInt(8)) {
      case 0 -> NastyValues.number(random);
      case 1 -> random.nextBoolean();
      case 2 -> "text";
      case 3 -> new ArrayList<>();
      case 4 -> new java.util.LinkedHashMap<String, Object>();
      case 5 -> new ArrayList<>(List.of(1L, "two", List.of()));
      case 6 -> new java.util.LinkedHashMap<>(Map.of("a", 1L));
      default -> null;
    };
  }

  private static Object nested(Object inner, int depth, boolean arrays) {
    Object value = inner;
    for (int i = 0; i < depth; i++) {
      if (arrays) {
        List<Object> list = new ArrayList<>();
        list.add(value);
        value = list;
      } else {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("a", value);
        value = map;
      }
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object node, List<Slot> slots) {
    if (node instanceof Map<?, ?> map) {
      for (Object key : new ArrayList<>(map.keySet())) {
        slots.add(new Slot(map, key));
        collect(map.get(key), slots);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size() && i < 50; i++) {
        slots.add(new Slot(list, i));
        collect(list.get(i), slots);
      }
    }
  }

  private static Object get(Slot slot) {
    if (slot.parent() instanceof Holder holder) {
      return holder.root;
    }
    if (slot.parent() instanceof Map<?, ?> map) {
      return map.get(slot.key());
    }
    return ((List<?>) slot.parent()).get((Integer) slot.key());
  }

  @SuppressWarnings("unchecked")
  private static void set(Slot slot, Object value) {
    if (slot.parent() instanceof Holder holder) {
      holder.root = value;
    } else if (slot.parent() instanceof Map<?, ?> map) {
      ((Map<Object, Object>) map).put(slot.key(), value);
    } else {
      ((List<Object>) slot.parent()).set((Integer) slot.key(), value);
    }
  }

  // ---- malformed JSON --------------------------------------------------------------------------------------------

  private void malformedJson(Draft draft, SplittableRandom random) {
    byte[] valid = draft.body;
    String text = new String(valid, StandardCharsets.UTF_8);
    Expectation expectation = Expectation.REJECT;
    byte[] body;
    switch (random.nextInt(16)) {
      case 0 -> body = java.util.Arrays.copyOf(valid, 1 + random.nextInt(valid.length - 1));
      case 1 -> {
        body = insert(valid, random.nextInt(valid.length + 1), new byte[] {(byte) random.nextInt(256)});
        expectation = Expectation.EITHER;
      }
      case 2 -> {
        body = concat(NastyValues.bytes(0xEF, 0xBB, 0xBF), valid);
        expectation = Expectation.EITHER;
      }
      case 3 -> body = concat(valid, NastyValues.utf8(List.of(" x", ",", "{}", "\u0000", "]", " null").get(
          random.nextInt(6))));
      case 4 -> body = NastyValues.utf8(text.replaceFirst("\"", "'").replaceFirst("\"", "'"));
      case 5 -> body = NastyValues.utf8(text.replaceFirst("}\\s*$", ",}"));
      case 6 -> body = NastyValues.utf8("/* comment */" + text);
      case 7 -> body = NastyValues.utf8(NastyValues.repeat("[", 1 + random.nextInt(20_000)));
      case 8 -> body = NastyValues.utf8(NastyValues.repeat("{\"a\":", 256 + random.nextInt(5_000)) + "1"
          + NastyValues.repeat("}", random.nextInt(300)));
      case 9 -> body = List.of(new byte[0], NastyValues.utf8(" "), NastyValues.utf8("\r\n\t"),
          NastyValues.utf8("null"), NastyValues.utf8("[]"), NastyValues.utf8("\"x\""), NastyValues.utf8("42"),
          NastyValues.utf8("true"), NastyValues.bytes(0), NastyValues.utf8("NaN"), NastyValues.utf8("{"),
          NastyValues.utf8("}"), NastyValues.utf8("{\"a\"}"), NastyValues.utf8("{:1}"))
          .get(random.nextInt(14));
      case 10 -> {
        int at = text.indexOf(':');
        body = at < 0 ? NastyValues.utf8("{") : insert(valid, at + 1, NastyValues.utf8("\u0000"));
      }
      case 11 -> {
        body = NastyValues.utf8(text.replaceFirst("\"([a-z_]+)\":", "$1:"));
      }
      case 12 -> {
        body = randomBytes(random, 1 + random.nextInt(2000));
        expectation = Expectation.EITHER;
      }
      case 13 -> {
        byte[] bad = NastyValues.BAD_UTF8.get(random.nextInt(NastyValues.BAD_UTF8.size()));
        int quote = text.indexOf("\":\"");
        body = quote < 0 ? concat(bad, valid) : insert(valid, utf8Offset(text, quote + 3), bad);
        expectation = quote < 0 ? Expectation.REJECT : Expectation.EITHER;
      }
      case 14 -> {
        body = NastyValues.utf8(text.replaceFirst("\\{", "{" + text.substring(1, Math.max(1, text.indexOf(',') + 1))));
        expectation = Expectation.EITHER;
      }
      default -> body = NastyValues.utf8(text.replace("\"", "\\\""));
    }
    draft.body = body;
    draft.expect(expectation);
  }

  private static int utf8Offset(String text, int chars) {
    return text.substring(0, chars).getBytes(StandardCharsets.UTF_8).length;
  }

  // ---- content types and sizes -----------------------------------------------------------------------------------

  private static final List<String> BAD_TYPES = List.of(
      "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
      "application/json; charset=iso-8859-1", "application/json; charset=utf-16", "application/jsonx", "json",
      "*/*", "", "application/octet-stream", "text/json", "application", "application/json; charset=\"latin1\"");
  private static final List<String> GOOD_TYPES = List.of(
      "APPLICATION/JSON", "application/json;charset=UTF-8", "application/json; charset=\"utf-8\"",
      "application/merge-patch+json", "application/vnd.konqer+json", "application/json; foo=bar");

  private void contentType(Draft draft, SplittableRandom random) {
    draft.removeHeader("Content-Type");
    boolean typed = !draft.operation.bodySchema().equals("object");
    switch (random.nextInt(5)) {
      case 0 -> draft.expect(typed ? Expectation.REJECT : Expectation.EITHER);
      case 1, 2 -> {
        draft.header("Content-Type", BAD_TYPES.get(random.nextInt(BAD_TYPES.size())));
        draft.expect(typed ? Expectation.REJECT : Expectation.EITHER);
      }
      case 3 -> draft.header("Content-Type", GOOD_TYPES.get(random.nextInt(GOOD_TYPES.size())));
      default -> {
        draft.header("Content-Type", "application/json");
        draft.header("Content-Type", random.nextBoolean() ? "text/plain" : "application/json\u0000");
        draft.expect(Expectation.EITHER);
      }
    }
  }

  private void bodySize(Draft draft, SplittableRandom random) {
    int cap = world.maxBodyBytes();
    int size = switch (random.nextInt(6)) {
      case 0 -> cap - random.nextInt(16);
      case 1 -> cap;
      case 2 -> cap + 1;
      case 3 -> cap + 1 + random.nextInt(cap);
      case 4 -> 4 * cap + random.nextInt(cap);
      default -> cap - 1 - random.nextInt(4096);
    };
    String text = new String(draft.body, StandardCharsets.UTF_8);
    int pad = Math.max(0, size - draft.body.length - ",\"padding\":\"\"".length());
    String padded = text.replaceFirst("\\{", "{\"padding\":\"" + NastyValues.repeat("x", pad) + "\",");
    draft.body = NastyValues.utf8(padded);
    draft.chunked = random.nextInt(3) == 0;
    draft.expect(draft.body.length > cap ? Expectation.REJECT : Expectation.EITHER);
  }

  // ---- query, path, method ---------------------------------------------------------------------------------------

  private static final List<String> BAD_LIMITS = List.of(
      "-1", "0", "101", "2147483648", "-2147483649", "9999999999999999999", "abc", "1.5", "1e2", "0x10", "NaN",
      "\u0000", "5\u0000", "1,2", "--1", "", "\uD800", "\uFF15");
  private static final List<String> ODD_LIMITS = List.of(" 5 ", "+5", "007", "\u0663", "100", "1");

  private void query(Draft draft, SplittableRandom random) {
    ApiOperations.Operation operation = draft.operation;
    draft.query = new byte[0];
    int pick = random.nextInt(8);
    if (pick <= 1 && operation.query().contains("limit")) {
      if (random.nextInt(3) > 0) {
        String limit = BAD_LIMITS.get(random.nextInt(BAD_LIMITS.size()));
        draft.queryParameter("limit", limit);
        draft.expect(limit.isBlank() ? Expectation.EITHER : Expectation.REJECT);
      } else {
        draft.queryParameter("limit", ODD_LIMITS.get(random.nextInt(ODD_LIMITS.size())));
        draft.expect(Expectation.EITHER);
      }
      return;
    }
    if (pick <= 3 && operation.query().contains("cursor")) {
      cursor(draft, random);
      return;
    }
    if (pick == 4 && operation.query().contains("service")) {
      String service = random.nextBoolean() ? NastyValues.text(random) : "cold-dm";
      draft.queryParameter("service", service);
      draft.expect(Expectation.EITHER);
      return;
    }
    switch (random.nextInt(6)) {
      case 0 -> draft.queryParameter(NastyValues.text(random), NastyValues.text(random));
      case 1 -> draft.rawQuery(List.of("%", "%zz", "a=%", "a=%C0%AF", "a=%ED%A0%80", "=&&=", "a", "&&&",
          "a=1&a=2", "%00=%00", "a=%FF%FE").get(random.nextInt(11)).getBytes(StandardCharsets.US_ASCII));
      case 2 -> draft.rawQuery(concat(NastyValues.utf8("a="), NastyValues.BAD_UTF8.get(
          random.nextInt(NastyValues.BAD_UTF8.size()))));
      case 3 -> draft.rawQuery(NastyValues.utf8("a=" + NastyValues.repeat("b", 1000 + random.nextInt(20_000))));
      case 4 -> draft.rawQuery(NastyValues.bytes('a', '=', 0, 'b'));
      default -> draft.rawQuery(NastyValues.utf8("a=\u00e9\uD83D\uDE00"));
    }
    draft.expect(Expectation.EITHER);
  }

  private void cursor(Draft draft, SplittableRandom random) {
    String list = world.cursorLists().get(draft.operation.key());
    if (list != null && draft.operation.path().equals("/user/history") && random.nextBoolean()) {
      String service = List.of("cold-dm", "objection", "warmranker").get(random.nextInt(3));
      draft.queryParameter("service", service);
      list = "history:" + service;
    }
    String cursor;
    Expectation expectation = Expectation.REJECT;
    switch (random.nextInt(8)) {
      case 0 -> cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(random, 31));
      case 1 -> cursor = NastyValues.text(random);
      case 2 -> cursor = NastyValues.repeat("A", 65 + random.nextInt(5000));
      case 3 -> cursor = new CursorCodec("another-list").encode(new Cursor(world.now(), uuid(random)));
      case 4, 5 -> {
        Instant at = List.of(Instant.EPOCH, world.now(), Instant.parse("0001-01-01T00:00:00Z"),
            Instant.parse("-4713-11-24T00:00:00Z"), Instant.parse("-4714-11-24T00:00:00Z"),
            Instant.parse("+292000-01-01T00:00:00Z"), Instant.parse("-290000-01-01T00:00:00Z"),
            Instant.EPOCH.plus(Long.MAX_VALUE, java.time.temporal.ChronoUnit.MICROS),
            Instant.EPOCH.plus(Long.MIN_VALUE + 1_000_000, java.time.temporal.ChronoUnit.MICROS),
            Instant.parse("+10000-01-01T00:00:00Z")).get(random.nextInt(10));
        UUID id = random.nextBoolean() ? new UUID(0, 0) : new UUID(random.nextLong(), random.nextLong());
        cursor = new CursorCodec(list == null ? "unknown" : list).encode(new Cursor(at, id));
        expectation = list == null ? Expectation.REJECT : Expectation.EITHER;
      }
      case 6 -> {
        String valid = new CursorCodec(list == null ? "unknown" : list)
            .encode(new Cursor(world.now(), uuid(random)));
        int at = random.nextInt(valid.length());
        char changed = valid.charAt(at) == 'A' ? 'B' : 'A';
        cursor = valid.substring(0, at) + changed + valid.substring(at + 1);
      }
      default -> {
        cursor = "";
        expectation = Expectation.EITHER;
      }
    }
    draft.queryParameter("cursor", cursor);
    draft.expect(expectation);
  }

  private static final List<String> BAD_SEGMENTS = List.of(
      "not-a-uuid", "00000000-0000-0000-0000-000000000000", "{00000000-0000-0000-0000-000000000000}",
      "..", ".", "%00", "%2F", "%2f..%2f", "a%00b", "%C0%AF", "%ED%A0%80", "%FF", "%", "%%", "%u0000",
      "%E2%80%AE", "%F0%9F%98%80", "%EF%BB%BF", "null", "undefined", "-1", "0", "COLD-DM", "cold_dm", ";", "%3B",
      "%20", "+", "~", "*", "%0A", "%0D%0A", "%09", "%5C", "\\");

  private void path(Draft draft, SplittableRandom random) {
    List<String> parameters = draft.operation.pathParameters();
    String template = draft.operation.path();
    int pick = random.nextInt(10);
    if (pick < 4 && !parameters.isEmpty()) {
      String parameter = parameters.get(random.nextInt(parameters.size()));
      String original = draft.pathValues.get(parameter);
      String raw = switch (random.nextInt(4)) {
        case 0 -> Draft.encodeSegment(original.toUpperCase(java.util.Locale.ROOT));
        case 1 -> Draft.encodeSegment(NastyValues.repeat("9", 100 + random.nextInt(10_000)));
        case 2 -> Draft.encodeSegment(NastyValues.text(random));
        default -> BAD_SEGMENTS.get(random.nextInt(BAD_SEGMENTS.size()));
      };
      String rendered = template;
      for (String name : parameters) {
        rendered = rendered.replace("{" + name + "}", name.equals(parameter) ? raw
            : Draft.encodeSegment(draft.pathValues.get(name)));
      }
      draft.path = rendered.getBytes(StandardCharsets.UTF_8);
      draft.expect(Expectation.EITHER);
      return;
    }
    String path = new String(draft.path, StandardCharsets.UTF_8);
    byte[] broken = switch (random.nextInt(12)) {
      case 0 -> NastyValues.utf8(path + List.of("/", "//", "/.", "/..", "/x", "%00", "%2F", ";a=b", "/%2e%2e",
          "#frag", "?#", "%").get(random.nextInt(12)));
      case 1 -> NastyValues.utf8(path.replaceFirst("/", "//"));
      case 2 -> NastyValues.utf8(path.replace("/", "%2F"));
      case 3 -> NastyValues.utf8(path.toUpperCase(java.util.Locale.ROOT));
      case 4 -> NastyValues.utf8("/.." + path);
      case 5 -> insert(draft.path, 1 + random.nextInt(draft.path.length), NastyValues.utf8("%00"));
      case 6 -> insert(draft.path, 1 + random.nextInt(draft.path.length), NastyValues.bytes(0));
      case 7 -> insert(draft.path, 1 + random.nextInt(draft.path.length),
          NastyValues.BAD_UTF8.get(random.nextInt(NastyValues.BAD_UTF8.size())));
      case 8 -> NastyValues.utf8("http://localhost" + path);
      case 9 -> NastyValues.utf8(List.of("*", "", "user/me", "/%2e%2e/user/me", "/./user/me", "/\u00e9").get(
          random.nextInt(6)));
      case 10 -> insert(draft.path, 1 + random.nextInt(draft.path.length), NastyValues.utf8(
          List.of("%2F", "%5C", "%2e", "%20", "%09", "%0A").get(random.nextInt(6))));
      default -> NastyValues.utf8(path + "/" + NastyValues.repeat("a", 100 + random.nextInt(20_000)));
    };
    draft.path = broken;
    draft.expect(Expectation.EITHER);
  }

  private void method(Draft draft, SplittableRandom random) {
    String method = METHODS.get(random.nextInt(METHODS.size()));
    if (method.equals(draft.operation.method())) {
      method = "DELETE";
    }
    String chosen = method;
    boolean otherOperation = operations.stream()
        .anyMatch(o -> o.path().equals(draft.operation.path()) && o.method().equals(chosen));
    draft.method = method.getBytes(StandardCharsets.US_ASCII);
    draft.expect(otherOperation ? Expectation.EITHER : Expectation.REJECT);
  }

  // ---- headers and tokens ----------------------------------------------------------------------------------------

  private void headers(Draft draft, SplittableRandom random) {
    int pick = random.nextInt(6);
    if (pick <= 1) {
      idempotencyKey(draft, random);
      return;
    }
    Expectation expectation = Expectation.EITHER;
    switch (random.nextInt(12)) {
      case 0 -> draft.header("X-Request-Id", NastyValues.utf8(NastyValues.text(random).replace("\r", "")
          .replace("\n", "")));
      case 1 -> draft.header("X-Request-Id", List.of("short", "abcdefgh", NastyValues.repeat("r", 129),
          NastyValues.repeat("r", 128), "has spaces in it", "ok.id:with-dots_1").get(random.nextInt(6)));
      case 2 -> draft.header("X-Fuzz", NastyValues.bytes('a', 0, 'b'));
      case 3 -> draft.header("X\u0000Fuzz", "value");
      case 4 -> draft.header("X-Fuzz", NastyValues.BAD_UTF8.get(random.nextInt(NastyValues.BAD_UTF8.size())));
      case 5 -> draft.header("X-Big", NastyValues.repeat("h", 4_000 + random.nextInt(20_000)));
      case 6 -> {
        for (int i = 0; i < 50 + random.nextInt(300); i++) {
          draft.header("X-Many-" + i, "v");
        }
      }
      case 7 -> draft.header("Accept", List.of("text/html", "application/xml", "*/*", "application/problem+json",
          "\u0000", "text/html;q=0").get(random.nextInt(6)));
      case 8 -> draft.header("Accept-Charset", "utf-16");
      case 9 -> draft.header("X-Forwarded-For", "127.0.0.1, \u0000, ::1");
      case 10 -> draft.header("Stripe-Signature", NastyValues.text(random).replace("\r", "").replace("\n", ""));
      default -> draft.header("Content-Encoding", "gzip");
    }
    draft.expect(expectation);
  }

  private void idempotencyKey(Draft draft, SplittableRandom random) {
    draft.removeHeader("Idempotency-Key");
    boolean read = draft.operation.headers().contains("Idempotency-Key");
    byte[] key;
    Expectation expectation = Expectation.REJECT;
    switch (random.nextInt(10)) {
      case 0 -> key = new byte[0];
      case 1 -> key = NastyValues.utf8(NastyValues.repeat("k", 256 + random.nextInt(4000)));
      case 2 -> key = NastyValues.utf8("a\tb");
      case 3 -> key = NastyValues.bytes('a', 0, 'b');
      case 4 -> key = NastyValues.bytes('a', 0x7f, 'b');
      case 5 -> key = NastyValues.utf8("key-\u00fc-\uD83D\uDE00");
      case 6 -> key = NastyValues.bytes('k', 0xe9, 'y');
      case 7 -> key = NastyValues.utf8("a b");
      case 8 -> {
        key = NastyValues.utf8(NastyValues.repeat("k", 255));
        expectation = Expectation.ACCEPT;
      }
      default -> {
        key = NastyValues.utf8("   ");
        expectation = Expectation.EITHER;
      }
    }
    draft.header("Idempotency-Key", key);
    draft.expect(read ? expectation : Expectation.EITHER);
  }

  private void auth(Draft draft, SplittableRandom random) {
    draft.removeHeader("Authorization");
    boolean needsToken = draft.needsToken();
    boolean admin = draft.operation.access() == Access.ADMIN;
    String owner = world.owners().get(draft.operation.key());
    switch (random.nextInt(12)) {
      case 0 -> draft.expect(needsToken ? Expectation.REJECT : Expectation.ACCEPT);
      case 1 -> {
        String user = world.users().get(random.nextInt(world.users().size()));
        draft.header("Authorization", "Bearer " + user);
        draft.expect(admin || !owns(owner, user) ? Expectation.REJECT : Expectation.ACCEPT);
      }
      case 2 -> {
        draft.header("Authorization", "Bearer " + world.admin());
        draft.expect(owns(owner, world.admin()) ? Expectation.ACCEPT : Expectation.REJECT);
      }
      case 3 -> {
        draft.header("Authorization", "Bearer " + world.devToken());
        draft.expect(admin || !owns(owner, world.devToken()) ? Expectation.REJECT : Expectation.ACCEPT);
      }
      case 4 -> {
        String refused = List.of("Bearer", "Bearer ", "Basic YTpi", "Token abc", "bearer",
            "Bearer " + NastyValues.repeat("t", 10_000), "Bearer a.b.c", "Bearer eyJhbGciOiJub25lIn0.e30.",
            "Bearer test:", "Bearer test::x:admin", "Digest x").get(random.nextInt(11));
        draft.header("Authorization", refused);
        boolean oversized = refused.length() > 8_000;
        draft.expect(needsToken ? Expectation.REJECT : oversized ? Expectation.EITHER : Expectation.ACCEPT);
      }
      case 5 -> {
        draft.header("Authorization", NastyValues.bytes('B', 'e', 'a', 'r', 'e', 'r', ' ', 'a', 0, 'b'));
        draft.expect(needsToken ? Expectation.REJECT : Expectation.EITHER);
      }
      case 6 -> {
        draft.header("Authorization", concat(NastyValues.utf8("Bearer "),
            NastyValues.BAD_UTF8.get(random.nextInt(NastyValues.BAD_UTF8.size()))));
        draft.expect(needsToken ? Expectation.REJECT : Expectation.EITHER);
      }
      case 7 -> {
        draft.header("Authorization", "bearer " + world.admin());
        draft.expect(owns(owner, world.admin()) ? Expectation.ACCEPT : Expectation.REJECT);
      }
      case 8 -> {
        draft.header("Authorization", "Bearer " + world.devToken().substring(0, world.devToken().length() - 3) + "AAA");
        draft.expect(needsToken ? Expectation.REJECT : Expectation.ACCEPT);
      }
      case 9 -> {
        draft.header("Authorization", "Bearer " + world.users().get(0));
        draft.header("Authorization", "Bearer " + world.admin());
        draft.expect(Expectation.EITHER);
      }
      case 10 -> {
        draft.header("Authorization", "Bearer  " + world.admin() + "  ");
        draft.expect(Expectation.EITHER);
      }
      default -> {
        draft.header("Authorization", "Bearer " + NastyValues.text(random).replace("\r", "").replace("\n", ""));
        draft.expect(needsToken ? Expectation.REJECT : Expectation.EITHER);
      }
    }
  }

  /** Whether a caller may use an operation's path values: anyone when they have no owner. */
  private static boolean owns(String owner, String token) {
    return owner == null || owner.equals(token);
  }

  // ---- webhooks --------------------------------------------------------------------------------------------------

  private void webhook(Draft draft, SplittableRandom random) {
    if (random.nextInt(3) > 0) {
      mutateBody(draft, random);
    }
    draft.expect(Expectation.EITHER);
  }

  /** Signs a Stripe webhook body as Stripe would, except where the case is about the signature. */
  private void sign(Draft draft, SplittableRandom random, Family family) {
    if (draft.operation.bodySchema() == null || !draft.operation.bodySchema().equals("object")
        || draft.body == null || draft.headerValue("Stripe-Signature") != null) {
      return;
    }
    String payload = new String(draft.body, StandardCharsets.UTF_8);
    if (family == Family.WEBHOOK && random.nextInt(4) == 0) {
      String signature = switch (random.nextInt(5)) {
        case 0 -> DevStripeEvents.signature(payload, "whsec_wrong", world.now());
        case 1 -> DevStripeEvents.signature(payload, world.webhookSecret(), world.now().minusSeconds(301));
        case 2 -> "t=abc,v1=00";
        case 3 -> "";
        default -> DevStripeEvents.signature(payload + " ", world.webhookSecret(), world.now());
      };
      draft.header("Stripe-Signature", signature);
      draft.expect(Expectation.REJECT);
      return;
    }
    draft.header("Stripe-Signature", DevStripeEvents.signature(payload, world.webhookSecret(), world.now()));
  }

  // ---- bytes -----------------------------------------------------------------------------------------------------

  private static byte[] randomBytes(SplittableRandom random, int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  /** A UUID from the case's random source, never the JVM's, so that the run stays a function of its seed. */
  private static UUID uuid(SplittableRandom random) {
    return UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] insert(byte[] into, int at, byte[] what) {
    byte[] out = new byte[into.length + what.length];
    System.arraycopy(into, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(into, at, out, at + what.length, into.length - at);
    return out;
  }

  static byte[] concat(byte[] a, byte[] b) {
    return insert(a, a.length, b);
  }

  /** SplitMix64's finalizer: spreads a seed's bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
